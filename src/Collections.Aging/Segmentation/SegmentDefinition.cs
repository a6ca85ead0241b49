using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A declarative segment: who belongs (criteria), how urgently (priority), how to contact (channel mix) and why (reasons).</summary>
/// <remarks>Checked as part of a set by <see cref="SegmentDefinitionSet.Create"/>; an account goes to the first segment, by priority, whose criteria it meets.</remarks>
/// <param name="Id">The segment's identifier.</param>
/// <param name="Title">Its title in English and Arabic.</param>
/// <param name="Priority">1 = work first; unique within a set.</param>
/// <param name="Criteria">Who belongs.</param>
/// <param name="ChannelMix">The recommended channel mix.</param>
/// <param name="Reasons">Why accounts here are worked this way, in words (at least one).</param>
public sealed record SegmentDefinition(
    SegmentId Id,
    BilingualText Title,
    int Priority,
    SegmentCriteria Criteria,
    ChannelMix ChannelMix,
    ImmutableArray<BilingualText> Reasons)
{
    /// <summary>Whether this segment matches every account.</summary>
    public bool IsCatchAll => Criteria?.IsCatchAll ?? false;

    /// <summary>For example <c>3 early-stage</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Priority.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Id}";
}
