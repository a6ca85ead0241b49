using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The unit a KPI's figure is stated in, and how it is read off the figure's <see cref="Rate"/>.</summary>
/// <remarks>A figure keeps its numerator and denominator as counted (<see cref="KpiFigure.Rate"/>); its value in the unit is
/// <see cref="Rate.Value"/> × <see cref="Scale"/>: a percent is the ratio × 100, a rate per 1,000 × 1,000, RPCs per hour
/// from RPCs per logged second × 3,600. The codes are persisted.</remarks>
public sealed class KpiUnit : SmartEnum<KpiUnit>
{
    /// <summary>Percent (code <c>percent</c>, scale 100).</summary>
    public static readonly KpiUnit Percent = new("percent", 1, 100m);

    /// <summary>Per 1,000 of the denominator (code <c>per_thousand</c>, scale 1,000).</summary>
    public static readonly KpiUnit PerThousand = new("per_thousand", 2, 1000m);

    /// <summary>A plain ratio, for example attempts per RPC or riyals of cost per riyal collected (code <c>ratio</c>).</summary>
    public static readonly KpiUnit Ratio = new("ratio", 3, 1m);

    /// <summary>Seconds (code <c>seconds</c>).</summary>
    public static readonly KpiUnit Seconds = new("seconds", 4, 1m);

    /// <summary>Per hour, from a count per second (code <c>per_hour</c>, scale 3,600).</summary>
    public static readonly KpiUnit PerHour = new("per_hour", 5, 3600m);

    /// <summary>Days (code <c>days</c>).</summary>
    public static readonly KpiUnit Days = new("days", 6, 1m);

    private KpiUnit(string code, int value, decimal scale)
        : base(code, value) => Scale = scale;

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>What <see cref="Rate.Value"/> is multiplied by to state the figure in this unit.</summary>
    public decimal Scale { get; }

    /// <summary>The unit's name in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["kpi_unit." + Code];

    /// <summary>Every unit, ordered by value.</summary>
    public static IReadOnlyList<KpiUnit> All { get; } = [Percent, PerThousand, Ratio, Seconds, PerHour, Days];
}
