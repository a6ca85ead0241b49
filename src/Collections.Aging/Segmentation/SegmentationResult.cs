using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;

namespace Collections.Aging;

/// <summary>The outcome of segmenting a portfolio: one assignment per account, and a summary per segment.</summary>
public sealed class SegmentationResult
{
    internal SegmentationResult(
        SegmentDefinitionSet segments, ImmutableArray<SegmentAssignment> assignments, ImmutableArray<SegmentSummary> summaries, RightPartyContactPrior? portfolioPrior)
    {
        Segments = segments;
        Assignments = assignments;
        Summaries = summaries;
        PortfolioPrior = portfolioPrior;
    }

    /// <summary>The segment set used.</summary>
    public SegmentDefinitionSet Segments { get; }

    /// <summary>One assignment per account, in the order the profiles were given.</summary>
    public ImmutableArray<SegmentAssignment> Assignments { get; }

    /// <summary>One summary per segment, by priority, including segments no account fell into.</summary>
    public ImmutableArray<SegmentSummary> Summaries { get; }

    /// <summary>The portfolio-wide right-party contact prior, or <see langword="null"/> when no attempt was recorded.</summary>
    public RightPartyContactPrior? PortfolioPrior { get; }

    /// <summary>The summary of a segment.</summary>
    /// <param name="id">The segment's id.</param>
    /// <param name="summary">The summary when the segment is in the set.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetSummary(SegmentId id, [NotNullWhen(true)] out SegmentSummary? summary)
    {
        summary = Summaries.FirstOrDefault(s => s.Segment.Id == id);
        return summary is not null;
    }
}
