using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>How a KPI's value stands against its target: met, missed, no value (n/a) or no target.</summary>
/// <remarks>Decided in this order: a value that is n/a (zero denominator) gives <see cref="NoValue"/>; else a KPI without a
/// target gives <see cref="NoTarget"/>; else <see cref="Met"/> when the value is at or beyond the target in the KPI's better
/// direction (<see cref="KpiDirection"/>), <see cref="Missed"/> otherwise. The codes and values are persisted.</remarks>
public sealed class KpiTargetStatus : SmartEnum<KpiTargetStatus>
{
    /// <summary>The value is at the target or better (code <c>met</c>).</summary>
    public static readonly KpiTargetStatus Met = new("met", 1);

    /// <summary>The value is worse than the target (code <c>missed</c>).</summary>
    public static readonly KpiTargetStatus Missed = new("missed", 2);

    /// <summary>The KPI has no value in the period: its denominator is zero (code <c>no_value</c>).</summary>
    public static readonly KpiTargetStatus NoValue = new("no_value", 3);

    /// <summary>The host set no target for the KPI (code <c>no_target</c>).</summary>
    public static readonly KpiTargetStatus NoTarget = new("no_target", 4);

    private KpiTargetStatus(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The name in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.status." + Code];

    /// <summary>Every status, ordered by value.</summary>
    public static IReadOnlyList<KpiTargetStatus> All { get; } = [Met, Missed, NoValue, NoTarget];

    /// <summary>The status of a value against a target.</summary>
    /// <param name="direction">The KPI's direction.</param>
    /// <param name="value">The value, or <see langword="null"/> for n/a.</param>
    /// <param name="target">The target, or <see langword="null"/> for none.</param>
    /// <returns>The status.</returns>
    public static KpiTargetStatus Of(KpiDirection direction, decimal? value, decimal? target) => (value, target) switch
    {
        (null, _) => NoValue,
        (_, null) => NoTarget,
        ({ } v, { } t) => direction switch
        {
            KpiDirection.HigherIsBetter => v >= t ? Met : Missed,
            KpiDirection.LowerIsBetter => v <= t ? Met : Missed,
            _ => NoTarget,
        },
    };

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
