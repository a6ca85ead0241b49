using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>One KPI's single definition: identifier, titles in Arabic and English, unit, definition text and formula, the
/// dimensions it can be broken down by, which way is better and what computes it.</summary>
/// <remarks>Read from <see cref="KpiCatalog.Default"/>; the texts follow docs/kpi-definitions.md (the contract) and its
/// glossary, and docs/kpi-catalog.md is generated from them.</remarks>
public sealed record KpiDefinition
{
    internal KpiDefinition(
        KpiId id, KpiUnit unit, KpiDirection direction, KpiSource source, ImmutableArray<KpiDimension> dimensions, TextCatalog texts)
    {
        Id = id;
        Unit = unit;
        Direction = direction;
        Source = source;
        Dimensions = dimensions;
        Title = texts["kpi." + id.Code];
        Definition = texts["kpi." + id.Code + ".definition"];
        Formula = texts["kpi." + id.Code + ".formula"];
    }

    /// <summary>The identifier.</summary>
    public KpiId Id { get; }

    /// <summary>The identifier's persisted code, for example <c>rpc_rate</c>.</summary>
    public string Code => Id.Code;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title { get; }

    /// <summary>The unit figures are stated in.</summary>
    public KpiUnit Unit { get; }

    /// <summary>The definition in words, in English and Arabic.</summary>
    public BilingualText Definition { get; }

    /// <summary>The formula, in English and Arabic.</summary>
    public BilingualText Formula { get; }

    /// <summary>The dimensions the KPI can be broken down by (empty: only the overall figure).</summary>
    public ImmutableArray<KpiDimension> Dimensions { get; }

    /// <summary>Which way the KPI improves.</summary>
    public KpiDirection Direction { get; }

    /// <summary>What computes it.</summary>
    public KpiSource Source { get; }

    /// <summary>Whether the KPI can be broken down by a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> when it is in <see cref="Dimensions"/>.</returns>
    public bool CanBreakDownBy(KpiDimension dimension) => Dimensions.Contains(dimension);
}
