using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>Configures one creditor's <see cref="EscalationRules"/>; <see cref="Build"/> checks everything at once and lists every violation by property.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable). The qualification figures have no defaults: each
/// creditor states its own.</remarks>
public sealed class EscalationRulesBuilder
{
    /// <summary>The largest period, in days, attempts and promises can be counted over (ten years).</summary>
    public const int MaximumPeriodDays = 3650;

    /// <summary>Starts the rules for a creditor.</summary>
    /// <param name="creditor">The creditor.</param>
    public EscalationRulesBuilder(CreditorId creditor) => Creditor = creditor;

    /// <summary>The creditor the rules are for.</summary>
    public CreditorId Creditor { get; set; }

    /// <summary>The creditor's time zone; Asia/Riyadh unless set.</summary>
    public DateTimeZone? TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>Days past due must be strictly above this (required; 0 or more).</summary>
    public int? DaysPastDueAbove { get; set; }

    /// <summary>The minimum balance per currency (at least one; one per currency; zero or more).</summary>
    public IList<Money> MinimumBalances { get; } = [];

    /// <summary>How many days back, the as-of date included, attempts and promises are counted (required; 1 to 3,650).</summary>
    public int? PeriodDays { get; set; }

    /// <summary>Right-party contacts in the period without a kept promise that exhaust productive contact (required; 1 or more).</summary>
    public int? MinimumRightPartyContacts { get; set; }

    /// <summary>Attempts in the period that exhaust contact with an unreachable debtor (required; 1 or more).</summary>
    public int? MinimumAttempts { get; set; }

    /// <summary>Distinct channels those attempts must span (required; 1 to 7).</summary>
    public int? MinimumChannels { get; set; }

    /// <summary>The open stage from which contact about the debt is held; <see cref="EscalationStage.Filed"/> unless set.</summary>
    public EscalationStage? LegalHoldFrom { get; set; } = EscalationStage.Filed;

    /// <summary>Checks the configuration and returns the rules.</summary>
    /// <returns>The rules.</returns>
    /// <exception cref="EscalationDataException">Something is missing or out of range; every violation listed.</exception>
    public EscalationRules Build() =>
        TryBuild(out var rules, out var violations) ? rules : throw new EscalationDataException("escalation rules for creditor '" + Creditor + "'", violations);

    /// <summary>Checks the configuration.</summary>
    /// <param name="rules">The rules when valid.</param>
    /// <param name="violations">Every violation when not.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public bool TryBuild([NotNullWhen(true)] out EscalationRules? rules, out IReadOnlyList<EscalationViolation> violations)
    {
        var list = new List<EscalationViolation>();
        Validate((field, message) => list.Add(new EscalationViolation(field, message)));
        violations = list;
        rules = list.Count > 0
            ? null
            : new EscalationRules(
                Creditor,
                TimeZone!,
                new QualificationRules(
                    DaysPastDueAbove!.Value, [.. MinimumBalances.OrderBy(m => m.Currency.Code, StringComparer.Ordinal)], PeriodDays!.Value,
                    MinimumRightPartyContacts!.Value, MinimumAttempts!.Value, MinimumChannels!.Value),
                LegalHoldFrom!);
        return rules is not null;
    }

    /// <summary>Reports every violation through <paramref name="add"/> (field name, message); the JSON reader maps the names to JSON paths.</summary>
    internal void Validate(Action<string, string> add)
    {
        if (Creditor.Value is null)
        {
            add(nameof(Creditor), "is required");
        }

        if (TimeZone is null)
        {
            add(nameof(TimeZone), "is required (a tzdb zone such as Asia/Riyadh)");
        }

        Range(add, nameof(DaysPastDueAbove), DaysPastDueAbove, 0, 36_500);
        Range(add, nameof(PeriodDays), PeriodDays, 1, MaximumPeriodDays);
        Range(add, nameof(MinimumRightPartyContacts), MinimumRightPartyContacts, 1, 10_000);
        Range(add, nameof(MinimumAttempts), MinimumAttempts, 1, 100_000);
        Range(add, nameof(MinimumChannels), MinimumChannels, 1, Channel.All.Count);
        if (MinimumBalances.Count == 0)
        {
            add(nameof(MinimumBalances), "at least one minimum balance is required (one per currency the creditor's accounts are in)");
        }

        for (var i = 0; i < MinimumBalances.Count; i++)
        {
            var minimum = MinimumBalances[i];
            var field = nameof(MinimumBalances) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!minimum.Currency.IsSpecified)
            {
                add(field, "needs a currency");
            }
            else if (minimum.IsNegative)
            {
                add(field, $"must be zero or more (got {InvariantText.Amount(minimum)})");
            }
            else if (MinimumBalances.Take(i).Any(m => m.Currency == minimum.Currency))
            {
                add(field, $"a second minimum for {minimum.Currency.Code}: give one per currency");
            }
        }

        if (LegalHoldFrom is null)
        {
            add(nameof(LegalHoldFrom), "is required (an open stage)");
        }
        else if (!LegalHoldFrom.IsOpen)
        {
            add(nameof(LegalHoldFrom), $"must be an open stage ({string.Join(", ", EscalationStage.OpenStages.Select(s => s.Code))}), not '{LegalHoldFrom.Code}'");
        }
    }

    private static void Range(Action<string, string> add, string field, int? value, int minimum, int maximum)
    {
        if (value is null)
        {
            add(field, "is required");
        }
        else if (value < minimum || value > maximum)
        {
            add(field, string.Create(CultureInfo.InvariantCulture, $"must be from {minimum:N0} to {maximum:N0} (got {value})"));
        }
    }
}
