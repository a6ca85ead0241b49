using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>Evaluates a recommendation rule set over a governance report: what to change next quarter, with the evidence
/// figures, the expected effect in numbers and how it was estimated.</summary>
/// <remarks>
/// <para>Pure and deterministic: the same report, rules and previous report give the same recommendations in the same
/// order — rules in the rule set's order; within a rule, the largest expected effect first, then the subject's label
/// (ordinal). A rule that finds nothing is silent (no recommendation), never an error.</para>
/// <para>The rules, their thresholds and estimates in words: docs/governance-report.md.</para>
/// </remarks>
public static class NextQuarterRecommendations
{
    /// <summary>Evaluates the rules over a report.</summary>
    /// <param name="report">The quarter's governance report.</param>
    /// <param name="rules">The rule set; <see cref="RecommendationRuleSet.Default"/> when omitted.</param>
    /// <param name="previous">The previous quarter's report of the same creditor, in the same currency and of the same period
    /// kind, if any: the roll-rate rule compares each segment with it, and with the report's baseline otherwise.</param>
    /// <returns>The recommendations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The previous report is of another creditor, another currency or another period
    /// kind (weekly against monthly); every mismatch listed, the argument named <paramref name="previous"/>.</exception>
    /// <remarks>A forward roll rate is the share of accounts that moved to the next bucket within one period, so a monthly
    /// rate is naturally higher than a weekly one of the same portfolio: comparing a weekly quarter with a monthly one would
    /// report a rise or a fall that is only the change of period length. Hence the previous report must be of the same kind.
    /// Its first day of the week and its dates are not checked: any earlier report of the same kind is a fair reference.</remarks>
    public static ImmutableArray<Recommendation> Evaluate(GovernanceReport report, RecommendationRuleSet? rules = null, GovernanceReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        rules ??= RecommendationRuleSet.Default;
        if (previous is not null)
        {
            CheckPrevious(report, previous);
        }

        var result = ImmutableArray.CreateBuilder<Recommendation>();
        foreach (var rule in rules.Rules)
        {
            var found = rule.Kind.Code switch
            {
                "roll_rate_rise" => RollRateRise(report, rule, previous),
                "channel_cost" => ChannelCost(report, rule),
                "agent_promise_kept" => PromiseKept(report, rule, report.Pooled.PromiseKeptByAgent, RecommendationSubjectKind.Agent),
                "template_promise_kept" => PromiseKept(report, rule, report.Pooled.PromiseKeptByTemplate, RecommendationSubjectKind.Template),
                _ => EscalationReady(report, rule),
            };
            result.AddRange(found
                .OrderByDescending(r => r.Effect.Amount?.MinorUnits ?? 0)
                .ThenByDescending(r => r.Effect.Count)
                .ThenBy(r => r.Subject.Label, StringComparer.Ordinal));
        }

        return result.ToImmutable();
    }

    private static void CheckPrevious(GovernanceReport report, GovernanceReport previous)
    {
        var problems = new List<string>();
        if (previous.Creditor != report.Creditor)
        {
            problems.Add($"it is for creditor {previous.Creditor.Value}, this one for {report.Creditor.Value} (creditor mismatch)");
        }

        if (previous.Currency != report.Currency)
        {
            problems.Add($"it is in {previous.Currency.Code}, this one in {report.Currency.Code} (currency mismatch)");
        }

        if (previous.Kind != report.Kind)
        {
            problems.Add($"it is {previous.Kind.Code}, this one {report.Kind.Code}: roll rates over periods of different length are not comparable (period kind mismatch)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The previous report cannot be compared with this one: " + string.Join("; ", problems) + ".", nameof(previous));
        }
    }

    private static IEnumerable<Recommendation> RollRateRise(GovernanceReport report, RecommendationRule rule, GovernanceReport? previous)
    {
        var minimumRise = rule.Parameter("minimumRisePoints");
        var minimumAccounts = rule.Parameter("minimumAccounts");
        decimal? baseline = report.Baseline is { } b && b.TryGet(KpiId.ForwardRollRate, out var v) ? v.Value : null;
        foreach (var segment in report.Pooled.Segments)
        {
            if (segment.AccountsAtRisk < minimumAccounts || segment.ForwardRoll.Value is not { } current)
            {
                continue;
            }

            var earlier = previous?.Pooled.Segments.FirstOrDefault(s => string.Equals(s.Label, segment.Label, StringComparison.Ordinal));
            decimal reference;
            Rate? referenceRate = null;
            string referenceKey;
            if (earlier?.ForwardRoll.Value is { } p)
            {
                (reference, referenceRate, referenceKey) = (p, earlier.ForwardRoll.Rate, "previous");
            }
            else if (baseline is { } bv)
            {
                (reference, referenceKey) = (bv, "baseline");
            }
            else
            {
                continue;
            }

            var rise = current - reference;
            if (rise <= minimumRise)
            {
                continue;
            }

            var kept = segment.AccountsAtRisk * rise / 100m;
            var amount = Money.Round(segment.BalanceAtRisk * rise / 100m, report.Currency, MidpointRounding.AwayFromZero);
            var balanceAtRisk = Money.Of(segment.BalanceAtRisk, report.Currency);
            var referenceText = KpiTexts.Catalog["governance.reference." + referenceKey];
            TextArgument[] args =
            [
                TextArgument.Of("segment", segment.Label),
                Decimal("current", current),
                Decimal("reference", reference),
                Decimal("rise", rise),
                Decimal("accounts", segment.AccountsAtRisk),
                TextArgument.Of("balance", balanceAtRisk),
                Decimal("kept", kept),
                TextArgument.Of("amount", amount),
            ];
            yield return new Recommendation(
                rule.Id,
                rule.Kind,
                new RecommendationSubject(RecommendationSubjectKind.Segment, segment.Label, []),
                [
                    new RecommendationEvidence("current", KpiId.ForwardRollRate, current, segment.ForwardRoll.Rate),
                    new RecommendationEvidence("reference_" + referenceKey, KpiId.ForwardRollRate, reference, referenceRate),
                    new RecommendationEvidence("accounts_at_risk", null, segment.AccountsAtRisk, null),
                    new RecommendationEvidence("balance_at_risk", null, segment.BalanceAtRisk, null),
                ],
                new RecommendationEffect("accounts_kept_from_rolling", Two(kept), amount),
                Text("governance.rule.roll_rate_rise.text", args, TextArgument.Of("reference_kind", referenceText)),
                Text("governance.rule.roll_rate_rise.estimate", args, TextArgument.Of("reference_kind", referenceText)));
        }
    }

    private static IEnumerable<Recommendation> ChannelCost(GovernanceReport report, RecommendationRule rule)
    {
        var minimumGap = rule.Parameter("minimumGap");
        var share = rule.Parameter("shareOfSpendToMove");
        var minimumAttempts = rule.Parameter("minimumAttempts");
        var candidates = report.Pooled.Channels
            .Where(c => CanReachRightParty(c.Channel) && c.Attempts >= minimumAttempts && c.ProductiveContactsPerCost is { IsDefined: true })
            .Select(c => (Line: c, PerCost: c.ProductiveContactsPerCost!.Value.Value!.Value))
            .ToList();
        if (candidates.Count < 2)
        {
            yield break;
        }

        var best = candidates.OrderByDescending(c => c.PerCost).ThenBy(c => c.Line.Channel.Value).First();
        var worst = candidates.OrderBy(c => c.PerCost).ThenBy(c => c.Line.Channel.Value).First();
        if (best.PerCost <= 0 || worst.Line.Channel == best.Line.Channel || worst.PerCost >= best.PerCost * (1m - minimumGap))
        {
            yield break;
        }

        var cost = worst.Line.Cost!.Value;
        var moved = cost.Multiply(share, MidpointRounding.AwayFromZero);
        var extra = moved.Amount * (best.PerCost - worst.PerCost);
        var gap = 1m - (worst.PerCost / best.PerCost);
        TextArgument[] args =
        [
            TextArgument.Of("worst", worst.Line.Channel.Code),
            TextArgument.Of("best", best.Line.Channel.Code),
            Decimal("worst_per_cost", worst.PerCost * 1000m),
            Decimal("best_per_cost", best.PerCost * 1000m),
            Decimal("gap", gap * 100m),
            TextArgument.Of("cost", cost),
            Decimal("share", share * 100m),
            TextArgument.Of("moved", moved),
            Decimal("extra", extra),
            TextArgument.Of("currency", report.Currency.Code),
        ];
        yield return new Recommendation(
            rule.Id,
            rule.Kind,
            new RecommendationSubject(RecommendationSubjectKind.Channel, worst.Line.Channel.Code, []),
            [
                new RecommendationEvidence("current", KpiId.ChannelContactRate, worst.Line.ChannelContactRate.Value, worst.Line.ChannelContactRate.Rate),
                new RecommendationEvidence("productive_per_cost", null, worst.PerCost, worst.Line.ProductiveContactsPerCost),
                new RecommendationEvidence("best", KpiId.ChannelContactRate, best.Line.ChannelContactRate.Value, best.Line.ChannelContactRate.Rate),
                new RecommendationEvidence("best_productive_per_cost", null, best.PerCost, best.Line.ProductiveContactsPerCost),
                new RecommendationEvidence("attempts", null, worst.Line.Attempts, null),
                new RecommendationEvidence("cost", null, cost.Amount, null),
            ],
            new RecommendationEffect("extra_productive_contacts", Two(extra), moved),
            Text("governance.rule.channel_cost.text", args, TextArgument.Of("worst_title", worst.Line.Channel.Title), TextArgument.Of("best_title", best.Line.Channel.Title)),
            Text("governance.rule.channel_cost.estimate", args, TextArgument.Of("worst_title", worst.Line.Channel.Title), TextArgument.Of("best_title", best.Line.Channel.Title)));
    }

    private static IEnumerable<Recommendation> PromiseKept(
        GovernanceReport report, RecommendationRule rule, ImmutableArray<GovernancePromiseKeptLine> lines, RecommendationSubjectKind subject)
    {
        var minimumGap = rule.Parameter("minimumGapPoints");
        var minimumDue = rule.Parameter("minimumPromisesDue");
        if (report.Pooled.PromiseKept.Value is not { } pool)
        {
            yield break;
        }

        var poolAmount = report.Pooled.PromiseKeptAmount.Value;
        foreach (var line in lines)
        {
            if (line.Code == 0 || line.PromisesDue < minimumDue || line.KeptRate.Value is not { } rate)
            {
                continue;
            }

            var gap = pool - rate;
            if (gap <= minimumGap)
            {
                continue;
            }

            var extra = line.PromisesDue * gap / 100m;
            var amountGap = poolAmount is { } pa && line.KeptAmountRate.Value is { } la ? Math.Max(0m, pa - la) : 0m;
            var amount = Money.Round(line.AmountPromised * amountGap / 100m, report.Currency, MidpointRounding.AwayFromZero);
            TextArgument[] args =
            [
                TextArgument.Of("subject", line.Label),
                Decimal("rate", rate),
                Decimal("pool", pool),
                Decimal("gap", gap),
                Decimal("due", line.PromisesDue),
                Decimal("kept", line.PromisesKept),
                Decimal("extra", extra),
                TextArgument.Of("promised", Money.Of(line.AmountPromised, report.Currency)),
                TextArgument.Of("amount_rate", line.KeptAmountRate.Value is { } ar ? Number(ar) : "n/a"),
                TextArgument.Of("pool_amount_rate", poolAmount is { } par ? Number(par) : "n/a"),
                TextArgument.Of("amount", amount),
            ];
            yield return new Recommendation(
                rule.Id,
                rule.Kind,
                new RecommendationSubject(subject, line.Label, []),
                [
                    new RecommendationEvidence("current", KpiId.PromiseKeptRate, rate, line.KeptRate.Rate),
                    new RecommendationEvidence("pool", KpiId.PromiseKeptRate, pool, report.Pooled.PromiseKept.Rate),
                    new RecommendationEvidence("current_amount", KpiId.PromiseKeptAmountRate, line.KeptAmountRate.Value, line.KeptAmountRate.Rate),
                    new RecommendationEvidence("pool_amount", KpiId.PromiseKeptAmountRate, poolAmount, report.Pooled.PromiseKeptAmount.Rate),
                    new RecommendationEvidence("promises_due", null, line.PromisesDue, null),
                ],
                new RecommendationEffect("extra_promises_kept", Two(extra), amount),
                Text("governance.rule.promise_kept.text", args, TextArgument.Of("subject_kind", subject.Title)),
                Text("governance.rule.promise_kept.estimate", args, TextArgument.Of("subject_kind", subject.Title)));
        }
    }

    private static IEnumerable<Recommendation> EscalationReady(GovernanceReport report, RecommendationRule rule)
    {
        var daysAbove = rule.Parameter("daysPastDueAbove");
        var minimumAttempts = rule.Parameter("minimumAttemptsWithoutKeptPromise");
        var ripe = report.Accounts
            .Where(a => a.DaysPastDue.Value > daysAbove && a.Attempts >= minimumAttempts && a.PromisesKept == 0 && !a.HasOpenDispute && a.Balance.IsPositive)
            .ToList();
        if (ripe.Count == 0)
        {
            yield break;
        }

        var balance = ripe.Aggregate(Money.Zero(report.Currency), (sum, a) => sum + a.Balance);
        TextArgument[] args =
        [
            Decimal("accounts", ripe.Count),
            TextArgument.Of("balance", balance),
            Decimal("days", daysAbove),
            Decimal("attempts", minimumAttempts),
        ];
        yield return new Recommendation(
            rule.Id,
            rule.Kind,
            new RecommendationSubject(RecommendationSubjectKind.Accounts, "accounts", [.. ripe.Select(a => a.Account)]),
            [
                new RecommendationEvidence("accounts", null, ripe.Count, null),
                new RecommendationEvidence("balance", null, balance.Amount, null),
                new RecommendationEvidence("attempts", null, ripe.Sum(a => (long)a.Attempts), null),
            ],
            new RecommendationEffect("accounts_to_escalate", ripe.Count, balance),
            Text("governance.rule.escalation_ready.text", args),
            Text("governance.rule.escalation_ready.estimate", args));
    }

    /// <summary>Whether a channel can produce a right-party contact at all: voice and in-person channels can; by the contract's
    /// outcomes a message (delivered, read, replied) or a letter never is one, so those channels always have 0 productive
    /// contacts and are not compared by productive contacts per unit of cost.</summary>
    private static bool CanReachRightParty(Channel channel) => channel.Kind is ChannelKind.Voice or ChannelKind.InPerson;

    private static BilingualText Text(string key, TextArgument[] arguments, params TextArgument[] more) =>
        KpiTexts.Catalog.Format(key, [.. arguments, .. more]);

    private static TextArgument Decimal(string name, decimal value) => TextArgument.Of(name, Number(value));

    /// <summary>A number in the invariant culture with at most two decimals (half away from zero).</summary>
    private static string Number(decimal value) => Two(value).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, half away from zero: an effect's count is the figure its text shows (595, not
    /// 594.99999999999999999999999999 from the division by 100).</summary>
    private static decimal Two(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

}
