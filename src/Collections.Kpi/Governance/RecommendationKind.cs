using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>What a next-quarter recommendation rule looks for; each kind takes its own thresholds
/// (<see cref="Parameters"/>). The codes and values are persisted.</summary>
/// <remarks>The rules in words, with their estimates: docs/governance-report.md.</remarks>
public sealed class RecommendationKind : SmartEnum<RecommendationKind>
{
    /// <summary>Segments whose forward roll rate rose above the previous quarter's (or the baseline) by more than a threshold
    /// (code <c>roll_rate_rise</c>).</summary>
    public static readonly RecommendationKind RollRateRise = new(
        "roll_rate_rise", 1, [new("minimumRisePoints", 0m, 100m, false), new("minimumAccounts", 1m, int.MaxValue, true)]);

    /// <summary>The channel with the fewest productive contacts per unit of cost, when the best channel does clearly better
    /// (code <c>channel_cost</c>). Only channels that can reach the right party are compared (voice and in person): by the
    /// contract's outcomes a message or letter is never a right-party contact, so it never has a productive contact.</summary>
    public static readonly RecommendationKind ChannelCost = new(
        "channel_cost", 2, [new("minimumGap", 0m, 1m, false), new("shareOfSpendToMove", 0.01m, 1m, false), new("minimumAttempts", 1m, int.MaxValue, true)]);

    /// <summary>Agents whose promise-kept rate is below the pool by more than a threshold (code <c>agent_promise_kept</c>).</summary>
    public static readonly RecommendationKind AgentPromiseKept = new(
        "agent_promise_kept", 3, [new("minimumGapPoints", 0m, 100m, false), new("minimumPromisesDue", 1m, int.MaxValue, true)]);

    /// <summary>Templates whose promise-kept rate is below the pool by more than a threshold (code <c>template_promise_kept</c>).</summary>
    public static readonly RecommendationKind TemplatePromiseKept = new(
        "template_promise_kept", 4, [new("minimumGapPoints", 0m, 100m, false), new("minimumPromisesDue", 1m, int.MaxValue, true)]);

    /// <summary>Accounts ripe for legal escalation: days past due above a threshold and at least N attempts in the span
    /// without a kept promise, no open dispute (code <c>escalation_ready</c>).</summary>
    public static readonly RecommendationKind EscalationReady = new(
        "escalation_ready", 5, [new("daysPastDueAbove", 0m, 36_500m, true), new("minimumAttemptsWithoutKeptPromise", 1m, int.MaxValue, true)]);

    private RecommendationKind(string code, int value, ImmutableArray<RecommendationParameter> parameters)
        : base(code, value) => Parameters = parameters;

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The thresholds a rule of this kind takes, all required.</summary>
    public ImmutableArray<RecommendationParameter> Parameters { get; }

    /// <summary>The kind's name in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.rule." + Code];

    /// <summary>Every kind, ordered by value.</summary>
    public static IReadOnlyList<RecommendationKind> All { get; } = [RollRateRise, ChannelCost, AgentPromiseKept, TemplatePromiseKept, EscalationReady];

    /// <summary>Looks up a kind by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out RecommendationKind? kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
