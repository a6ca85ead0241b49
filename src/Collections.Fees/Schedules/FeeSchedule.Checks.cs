using System.Globalization;
using Collections.Core;

namespace Collections.Fees;

/// <summary>The schedule's checks: every violation, with its field named as in the JSON form.</summary>
public sealed partial record FeeSchedule
{
    private static List<FeeScheduleViolation> Check(
        FeeScheduleId id, CreditorId creditor, CollectionTrack? track, Currency currency, List<FeeTier?> tiers, FeeScheduleTerms terms)
    {
        var violations = new List<FeeScheduleViolation>();
        void Add(string field, string message) => violations.Add(new FeeScheduleViolation(field, message));

        if (id.Value is null)
        {
            Add("schedule", "is required (the schedule's identifier)");
        }

        if (creditor.Value is null)
        {
            Add("creditor", "is required");
        }

        if (track is null)
        {
            Add("track", "is required (amicable or legal)");
        }

        if (!currency.IsSpecified)
        {
            Add("currency", "is required (an ISO 4217 code such as SAR)");
        }

        CheckTiers(tiers, currency, Add);
        CheckTerms(terms, track, currency, Add);
        return violations;
    }

    private static void CheckTiers(List<FeeTier?> tiers, Currency currency, Action<string, string> add)
    {
        if (tiers.Count == 0)
        {
            add("tiers", "at least one tier is needed");
            return;
        }

        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var usable = new List<(int Index, FeeTier Tier)>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var field = Tier(i);
            if (tiers[i] is not { } tier)
            {
                add(field, "is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(tier.Code))
            {
                add(field + ".code", "is required");
            }
            else if (!codes.TryAdd(tier.Code, i))
            {
                add(field + ".code", $"'{tier.Code}' is already the code of {Tier(codes[tier.Code])}");
            }

            if (tier.Percent < 0)
            {
                add(field + ".percent", Invariant($"must not be negative (got {tier.Percent})"));
            }
            else if (tier.Percent > 100)
            {
                add(field + ".percent", Invariant($"must be at most 100 (got {tier.Percent}); a fee is a share of what was collected"));
            }

            var ok = true;
            if (tier.Age.IsEmpty)
            {
                add(field + ".age", Invariant($"ends ({tier.Age.Maximum}) before it starts ({tier.Age.Minimum})"));
                ok = false;
            }

            if (tier.PlacedBalance is { } balance)
            {
                ok &= CheckRange(balance, currency, field + ".placedBalance", add);
            }

            if (ok)
            {
                usable.Add((i, tier));
            }
        }

        if (usable.Count == 0 || usable.Count < tiers.Count(t => t is not null))
        {
            // Coverage is judged only on well-formed tiers, and only once they all are (no echo of the errors above).
            return;
        }

        var groups = usable.GroupBy(t => t.Tier.Age).Select(g => g.ToList()).ToList();
        CheckAgeCoverage(groups, add);
        foreach (var group in groups)
        {
            CheckBalanceCoverage(group, add);
        }
    }

    /// <summary>The distinct age ranges, youngest first, must meet end to end: open below, open above, no gap, no overlap.</summary>
    private static void CheckAgeCoverage(List<List<(int Index, FeeTier Tier)>> groups, Action<string, string> add)
    {
        var ordered = groups
            .Select(g => (g[0].Index, g[0].Tier.Age))
            .OrderBy(g => g.Age.Minimum ?? int.MinValue)
            .ThenBy(g => g.Age.Maximum ?? int.MaxValue)
            .ToList();
        var first = ordered[0];
        if (first.Age.Minimum is { } youngest)
        {
            add(Tier(first.Index) + ".age", Invariant($"the youngest tier must have no minimum, so that every age at placement has a tier (ages below {youngest} have none)"));
        }

        // reach: the oldest age covered so far (long, so that int.MaxValue + 1 cannot overflow); null once open above.
        long? reach = first.Age.Maximum;
        var reachIndex = first.Index;
        foreach (var (index, age) in ordered.Skip(1))
        {
            var field = Tier(index) + ".age";
            var start = (long?)age.Minimum ?? long.MinValue;
            if (reach is not { } covered || start <= covered)
            {
                add(field, $"{age} overlaps {Tier(reachIndex)}.age ({groups.First(g => g[0].Index == reachIndex)[0].Tier.Age})");
            }
            else if (start > covered + 1)
            {
                add(field, Invariant($"leaves a gap after {Tier(reachIndex)}.age: ages {covered + 1}..{start - 1} have no tier"));
            }

            if (reach is { } r && (age.Maximum is not { } end || end > r))
            {
                reach = age.Maximum;
                reachIndex = index;
            }
        }

        if (reach is { } oldest)
        {
            add(Tier(reachIndex) + ".age", Invariant($"the oldest tier must have no maximum, so that every age at placement has a tier (ages above {oldest} have none)"));
        }
    }

    /// <summary>Tiers of one age range: one tier for every balance, or balance ranges from zero up, end to end.</summary>
    private static void CheckBalanceCoverage(List<(int Index, FeeTier Tier)> group, Action<string, string> add)
    {
        if (group.Count == 1 && group[0].Tier.PlacedBalance is null)
        {
            return;
        }

        var others = string.Join(", ", group.Select(g => Tier(g.Index)));
        var unbanded = group.Where(g => g.Tier.PlacedBalance is null).ToList();
        if (unbanded.Count > 0)
        {
            foreach (var (index, _) in unbanded)
            {
                add(Tier(index) + ".placedBalance", $"is required: {others} share the ages {group[0].Tier.Age}, so each needs a balance range (or keep one tier for these ages)");
            }

            return;
        }

        var ordered = group.OrderBy(g => g.Tier.PlacedBalance!.Value.Minimum?.MinorUnits ?? long.MinValue).ToList();
        var lowest = ordered[0].Tier.PlacedBalance!.Value;
        if (lowest.Minimum is { } min && min.IsPositive)
        {
            add(Tier(ordered[0].Index) + ".placedBalance", $"the lowest balance tier for ages {group[0].Tier.Age} must start at zero (balances below {min} have no tier)");
        }

        // reach: the first balance not yet covered; null once open above.
        var reach = lowest.Below;
        var reachIndex = ordered[0].Index;
        foreach (var (index, tier) in ordered.Skip(1))
        {
            var range = tier.PlacedBalance!.Value;
            var field = Tier(index) + ".placedBalance";
            if (reach is not { } covered || range.Minimum is not { } start || start < covered)
            {
                add(field, $"{range} overlaps {Tier(reachIndex)}.placedBalance ({group.First(g => g.Index == reachIndex).Tier.PlacedBalance})");
            }
            else if (start > covered)
            {
                add(field, $"leaves a gap after {Tier(reachIndex)}.placedBalance: balances from {covered} to below {start} have no tier");
            }

            if (reach is { } r && (range.Below is not { } end || end > r))
            {
                reach = range.Below;
                reachIndex = index;
            }
        }

        if (reach is { } top)
        {
            add(Tier(reachIndex) + ".placedBalance", $"the highest balance tier for ages {group[0].Tier.Age} must have no upper limit (balances from {top} have no tier)");
        }
    }

    private static bool CheckRange(MoneyRange range, Currency currency, string field, Action<string, string> add)
    {
        if (!range.HasConsistentCurrency || (currency.IsSpecified && range.Currency != currency))
        {
            add(field, $"must be in the schedule's currency {currency} (got {range})");
            return false;
        }

        if (range.IsEmpty)
        {
            add(field, $"is empty: it ends at {range.Below} before it starts at {range.Minimum}");
            return false;
        }

        if (range.Minimum is { IsNegative: true } negative)
        {
            add(field, $"must not start below zero (got {negative})");
            return false;
        }

        return true;
    }

    private static void CheckTerms(FeeScheduleTerms terms, CollectionTrack? track, Currency currency, Action<string, string> add)
    {
        var stageFees = terms.StageFees ?? [];
        if (stageFees.Count > 0 && track is not null && track != CollectionTrack.Legal)
        {
            add("stageFees", $"stage fees belong to the legal track (this schedule is for the {track.Code} track)");
        }

        var stages = new Dictionary<LegalStageCode, int>();
        for (var i = 0; i < stageFees.Count; i++)
        {
            var field = Invariant($"stageFees[{i}]");
            if (stageFees[i] is not { } stageFee)
            {
                add(field, "is null");
                continue;
            }

            if (stageFee.Stage.Value is null)
            {
                add(field + ".stage", "is required");
            }
            else if (!stages.TryAdd(stageFee.Stage, i))
            {
                add(field + ".stage", Invariant($"'{stageFee.Stage}' already has a fee (stageFees[{stages[stageFee.Stage]}])"));
            }

            CheckAmount(stageFee.Fee, currency, field + ".fee", add);
        }

        CheckLimits(terms.MinimumPerPayment, terms.CapPerPayment, "minimumPerPayment", "capPerPayment", currency, add);
        CheckLimits(terms.MinimumPerStatement, terms.CapPerStatement, "minimumPerStatement", "capPerStatement", currency, add);
        if (terms.VatPercent < 0)
        {
            add("vatPercent", Invariant($"must not be negative (got {terms.VatPercent})"));
        }
        else if (terms.VatPercent > 100)
        {
            add("vatPercent", Invariant($"must be at most 100 (got {terms.VatPercent})"));
        }
    }

    private static void CheckLimits(Money? minimum, Money? cap, string minimumField, string capField, Currency currency, Action<string, string> add)
    {
        var minimumOk = minimum is not { } min || CheckAmount(min, currency, minimumField, add);
        if (cap is not { } c || !CheckAmount(c, currency, capField, add))
        {
            return;
        }

        if (c.IsZero)
        {
            add(capField, "must be greater than zero (leave it out for no cap)");
        }
        else if (minimumOk && minimum is { } m && c.MinorUnits < m.MinorUnits)
        {
            add(capField, $"the cap ({c}) is below the minimum ({minimumField} {m})");
        }
    }

    private static bool CheckAmount(Money amount, Currency currency, string field, Action<string, string> add)
    {
        if (!amount.Currency.IsSpecified || (currency.IsSpecified && amount.Currency != currency))
        {
            add(field, $"must be in the schedule's currency {currency} (got {amount})");
            return false;
        }

        if (amount.IsNegative)
        {
            add(field, $"must not be negative (got {amount})");
            return false;
        }

        return true;
    }

    private static string Tier(int index) => Invariant($"tiers[{index}]");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
