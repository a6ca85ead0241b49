using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>A dimension KPIs can be broken down by: creditor, placement, segment, aging bucket, channel, agent or template.</summary>
/// <remarks>
/// <para>Creditor, placement, segment and aging bucket are the account's (<see cref="KpiKey"/>); channel, agent and template
/// the attempt's, promise's or complaint's. Which KPI can be broken down by which dimension is in its
/// <see cref="KpiDefinition.Dimensions"/>: account-level KPIs (coverage, resolution, cure…) have no channel, agent or template.</para>
/// <para>Codes: channel = <see cref="Collections.Core.Channel"/>'s value; aging bucket = bucket index + 1; the others are the host's
/// codes (<see cref="KpiCodebookBuilder"/>); 0 is "not given". The codes of the dimensions are persisted.</para>
/// </remarks>
public sealed class KpiDimension : SmartEnum<KpiDimension>
{
    internal const int CreditorValue = 1;
    internal const int PlacementValue = 2;
    internal const int SegmentValue = 3;
    internal const int AgingBucketValue = 4;
    internal const int ChannelValue = 5;
    internal const int AgentValue = 6;
    internal const int TemplateValue = 7;

    /// <summary>The creditor (code <c>creditor</c>).</summary>
    public static readonly KpiDimension Creditor = new("creditor", CreditorValue, isAccountLevel: true);

    /// <summary>The placement: a batch of accounts a creditor placed with the collector (code <c>placement</c>).</summary>
    public static readonly KpiDimension Placement = new("placement", PlacementValue, isAccountLevel: true);

    /// <summary>The segment (code <c>segment</c>).</summary>
    public static readonly KpiDimension Segment = new("segment", SegmentValue, isAccountLevel: true);

    /// <summary>The aging bucket: at the start of the period for account facts, on the day for the others (code <c>aging_bucket</c>).</summary>
    public static readonly KpiDimension AgingBucket = new("aging_bucket", AgingBucketValue, isAccountLevel: true);

    /// <summary>The channel (code <c>channel</c>).</summary>
    public static readonly KpiDimension Channel = new("channel", ChannelValue, isAccountLevel: false);

    /// <summary>The agent (code <c>agent</c>).</summary>
    public static readonly KpiDimension Agent = new("agent", AgentValue, isAccountLevel: false);

    /// <summary>The template (code <c>template</c>).</summary>
    public static readonly KpiDimension Template = new("template", TemplateValue, isAccountLevel: false);

    private KpiDimension(string code, int value, bool isAccountLevel)
        : base(code, value) => IsAccountLevel = isAccountLevel;

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>Whether the dimension belongs to the account (<see cref="KpiKey"/>) rather than to an attempt.</summary>
    public bool IsAccountLevel { get; }

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["dimension." + Code];

    /// <summary>Every dimension, ordered by value.</summary>
    public static IReadOnlyList<KpiDimension> All { get; } = [Creditor, Placement, Segment, AgingBucket, Channel, Agent, Template];

    /// <summary>Looks up a dimension by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="dimension">The dimension when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out KpiDimension? dimension)
    {
        dimension = All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
        return dimension is not null;
    }
}
