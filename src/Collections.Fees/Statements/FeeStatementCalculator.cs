using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>The statement's rules (see <see cref="FeeStatement"/>): attribution, the running placed balance, lines, limits, clawbacks, VAT.</summary>
internal static class FeeStatementCalculator
{
    public static (ImmutableArray<FeeStatementLine> Lines, ImmutableArray<FeeExclusion> Exclusions) Calculate(FeeStatementRequest request)
    {
        var input = StatementInput.Check(request);
        var schedule = request.Schedule;
        var currency = schedule.Currency;
        var lines = new List<FeeStatementLine>();
        var exclusions = new List<FeeExclusion>();

        // What each payment posted up to the period's end applied to its placed balance.
        var ledger = PlacedBalanceLedger.Build(input);

        // 1. Payments posted in the period: a fee line (with its per-payment adjustment), or the reason it earns nothing.
        foreach (var payment in input.PeriodPayments)
        {
            if (input.ChargedLinesOf(payment.Id) is { } already)
            {
                exclusions.Add(Exclude(FeeExclusionReason.AlreadyCharged, payment, payment.Amount, TextArgument.Of("payment", payment.Id.Value), TextArgument.Of("statement", already.Statement.Value)));
                continue;
            }

            var placement = input.PlacementFor(payment.AccountId, payment.ValueDate);
            if (placement is null)
            {
                exclusions.Add(NotOnPlacement(input, payment));
                continue;
            }

            if (payment.Route == PaymentRoute.DirectToCreditor && !schedule.DirectPaymentsEarn)
            {
                exclusions.Add(Exclude(FeeExclusionReason.DirectToCreditor, payment, payment.Amount, TextArgument.Of("payment", payment.Id.Value)));
                continue;
            }

            if (input.ReversalOf(payment.Id) is { } reversal)
            {
                exclusions.Add(Exclude(
                    FeeExclusionReason.ReversedInPeriod,
                    payment,
                    payment.Amount,
                    TextArgument.Of("payment", payment.Id.Value),
                    TextArgument.Of("date", input.Day(reversal.PostedAt)),
                    TextArgument.Of("reason", reversal.Reason)));
                continue;
            }

            var (applied, left) = ledger.Applied(payment.Id);
            var unapplied = payment.Amount - applied;
            if (unapplied.IsPositive)
            {
                exclusions.Add(Exclude(
                    FeeExclusionReason.UnappliedOverpayment,
                    payment,
                    unapplied,
                    TextArgument.Of("payment", payment.Id.Value),
                    TextArgument.Of("unapplied", unapplied),
                    TextArgument.Of("left", left)));
            }

            if (!applied.IsPositive)
            {
                continue;
            }

            var tier = schedule.TierFor(placement.AgeAtPlacement, placement.PlacedBalance);
            var fee = schedule.PercentageFee(applied, tier);
            var line = new FeeStatementLine
            {
                Number = lines.Count + 1,
                Kind = FeeLineKind.Fee,
                Fee = fee,
                PaymentId = payment.Id,
                AccountId = payment.AccountId,
                PlacementId = placement.PlacementId,
                Date = payment.ValueDate,
                Received = payment.Amount,
                Base = applied,
                Tier = tier.Code,
                Percent = tier.Percent,
                Description = FeesTexts.Format(
                    "line.fee",
                    TextArgument.Of("payment", payment.Id.Value),
                    TextArgument.Of("received", payment.Amount),
                    TextArgument.Of("value_date", payment.ValueDate),
                    FeesTexts.Percent("percent", tier.Percent),
                    TextArgument.Of("tier", tier.Code),
                    TextArgument.Of("amount", applied)),
            };
            lines.Add(line);
            if (PaymentLimit(schedule, line, lines.Count + 1) is { } adjustment)
            {
                lines.Add(adjustment);
            }
        }

        // 2. Legal stages reached in the period: a fixed fee once per account, placement and stage.
        var charged = input.ChargedStages();
        foreach (var stage in input.PeriodStages)
        {
            var placement = input.PlacementFor(stage.AccountId, stage.ReachedOn);
            var account = TextArgument.Of("account", stage.AccountId.Value);
            var code = TextArgument.Of("stage", stage.Stage.Value);
            var date = TextArgument.Of("date", stage.ReachedOn);
            if (placement is null)
            {
                exclusions.Add(new FeeExclusion(FeeExclusionReason.StageOutsidePlacement, stage.AccountId, null, null, stage.Stage, null,
                    FeesTexts.Format("reason.stage_outside_placement", account, code, date, TextArgument.Of("track", schedule.Track.Title))));
                continue;
            }

            if (!schedule.TryGetStageFee(stage.Stage, out var stageFee))
            {
                exclusions.Add(new FeeExclusion(FeeExclusionReason.StageWithoutFee, stage.AccountId, null, null, stage.Stage, null,
                    FeesTexts.Format("reason.stage_without_fee", account, code, date)));
                continue;
            }

            var key = (stage.AccountId, placement.PlacementId, stage.Stage);
            if (charged.TryGetValue(key, out var statement))
            {
                exclusions.Add(new FeeExclusion(FeeExclusionReason.StageAlreadyCharged, stage.AccountId, null, null, stage.Stage, stageFee,
                    FeesTexts.Format("reason.stage_already_charged", account, code, TextArgument.Of("statement", statement.Value))));
                continue;
            }

            charged[key] = request.Id;
            lines.Add(new FeeStatementLine
            {
                Number = lines.Count + 1,
                Kind = FeeLineKind.StageFee,
                Fee = stageFee,
                AccountId = stage.AccountId,
                PlacementId = placement.PlacementId,
                Date = stage.ReachedOn,
                Stage = stage.Stage,
                Description = FeesTexts.Format("line.stage_fee", account, code, date),
            });
        }

        // 3. The statement's minimum or cap, on what the period earned (before clawbacks).
        if (lines.Count > 0 && StatementLimit(schedule, lines) is { } limit)
        {
            lines.Add(limit with { Number = lines.Count + 1 });
        }

        // 4. Clawbacks: payments reversed in the period whose fee an earlier statement charged.
        foreach (var reversal in input.PeriodReversals)
        {
            if (input.IsPostedInPeriod(reversal.PaymentId))
            {
                continue; // the payment itself is listed as reversed in the period
            }

            var payment = TextArgument.Of("payment", reversal.PaymentId.Value);
            var day = TextArgument.Of("date", input.Day(reversal.PostedAt));
            if (input.ClawedBackBy(reversal.PaymentId) is { } earlier)
            {
                exclusions.Add(new FeeExclusion(FeeExclusionReason.AlreadyClawedBack, reversal.AccountId, reversal.PaymentId, null, null, null,
                    FeesTexts.Format("reason.already_clawed_back", payment, TextArgument.Of("statement", earlier.Value))));
                continue;
            }

            if (input.ChargedLinesOf(reversal.PaymentId) is not { } charge)
            {
                exclusions.Add(new FeeExclusion(FeeExclusionReason.ReversalWithoutFee, reversal.AccountId, reversal.PaymentId, null, null, null,
                    FeesTexts.Format("reason.reversal_without_fee", payment, day)));
                continue;
            }

            var feeLine = charge.Lines[0];
            var earned = charge.Lines.Aggregate(Money.Zero(currency), (sum, l) => sum + l.Fee);
            lines.Add(new FeeStatementLine
            {
                Number = lines.Count + 1,
                Kind = FeeLineKind.Clawback,
                Fee = -earned,
                PaymentId = reversal.PaymentId,
                AccountId = reversal.AccountId,
                PlacementId = feeLine.PlacementId,
                Date = input.Day(reversal.PostedAt),
                Received = feeLine.Received,
                Base = feeLine.Base,
                Tier = feeLine.Tier,
                Percent = feeLine.Percent,
                RefersToStatement = charge.Statement,
                RefersToLine = feeLine.Number,
                Description = FeesTexts.Format(
                    "line.clawback",
                    payment,
                    day,
                    TextArgument.Of("reason", reversal.Reason),
                    TextArgument.Of("statement", charge.Statement.Value),
                    TextArgument.Of("line", feeLine.Number.ToString(CultureInfo.InvariantCulture))),
            });
        }

        // 5. VAT on the fees, its own line, rounded once.
        var fees = lines.Aggregate(Money.Zero(currency), (sum, l) => sum + l.Fee);
        lines.Add(new FeeStatementLine
        {
            Number = lines.Count + 1,
            Kind = FeeLineKind.Vat,
            Fee = fees.Multiply(schedule.VatPercent / 100m, MidpointRounding.AwayFromZero),
            Base = fees,
            Percent = schedule.VatPercent,
            Description = FeesTexts.Format("line.vat", FeesTexts.Percent("percent", schedule.VatPercent), TextArgument.Of("amount", fees)),
        });

        // Credit notes, write-offs and waivers effective in the period: listed, never earning.
        foreach (var adjustment in input.PeriodAdjustments)
        {
            exclusions.Add(new FeeExclusion(FeeExclusionReason.Adjustment, adjustment.AccountId, null, adjustment.Id, null, adjustment.Amount,
                FeesTexts.Format(
                    "reason.adjustment",
                    TextArgument.Of("kind", adjustment.Kind.Title),
                    TextArgument.Of("adjustment", adjustment.Id.Value),
                    TextArgument.Of("amount", adjustment.Amount),
                    TextArgument.Of("account", adjustment.AccountId.Value),
                    TextArgument.Of("date", adjustment.EffectiveOn))));
        }

        return ([.. lines], [.. exclusions]);
    }

    private static FeeStatementLine? PaymentLimit(FeeSchedule schedule, FeeStatementLine line, int number)
    {
        var fee = line.Fee;
        var (kind, limit) = schedule.MinimumPerPayment is { } minimum && fee < minimum
            ? (FeeLineKind.PaymentMinimum, minimum)
            : schedule.CapPerPayment is { } cap && fee > cap
                ? (FeeLineKind.PaymentCap, cap)
                : (null, default(Money));
        return kind is null
            ? null
            : new FeeStatementLine
            {
                Number = number,
                Kind = kind,
                Fee = limit - fee,
                PaymentId = line.PaymentId,
                AccountId = line.AccountId,
                PlacementId = line.PlacementId,
                Base = fee,
                Limit = limit,
                Description = FeesTexts.Format(
                    kind == FeeLineKind.PaymentMinimum ? "line.payment_minimum" : "line.payment_cap",
                    TextArgument.Of("payment", line.PaymentId!.Value.Value),
                    TextArgument.Of("fee", fee),
                    TextArgument.Of("limit", limit)),
            };
    }

    private static FeeStatementLine? StatementLimit(FeeSchedule schedule, List<FeeStatementLine> lines)
    {
        var earned = lines.Aggregate(Money.Zero(schedule.Currency), (sum, l) => sum + l.Fee);
        var (kind, limit) = schedule.MinimumPerStatement is { } minimum && earned < minimum
            ? (FeeLineKind.StatementMinimum, minimum)
            : schedule.CapPerStatement is { } cap && earned > cap
                ? (FeeLineKind.StatementCap, cap)
                : (null, default(Money));
        return kind is null
            ? null
            : new FeeStatementLine
            {
                Number = 0,
                Kind = kind,
                Fee = limit - earned,
                Base = earned,
                Limit = limit,
                Description = FeesTexts.Format(
                    kind == FeeLineKind.StatementMinimum ? "line.statement_minimum" : "line.statement_cap",
                    TextArgument.Of("earned", earned),
                    TextArgument.Of("limit", limit)),
            };
    }

    private static FeeExclusion NotOnPlacement(StatementInput input, Payment payment)
    {
        var id = TextArgument.Of("payment", payment.Id.Value);
        var valueDate = TextArgument.Of("value_date", payment.ValueDate);
        var placements = input.PlacementsOf(payment.AccountId);
        if (placements.Count == 0)
        {
            return Exclude(FeeExclusionReason.NotPlaced, payment, payment.Amount, id, TextArgument.Of("account", payment.AccountId.Value), TextArgument.Of("track", input.Schedule.Track.Title));
        }

        // The latest placement that started on or before the value date was recalled before it; otherwise it is before them all.
        var before = placements.LastOrDefault(p => p.PlacedOn <= payment.ValueDate);
        return before is { RecalledOn: { } recalled }
            ? Exclude(FeeExclusionReason.AfterRecall, payment, payment.Amount, id, valueDate, TextArgument.Of("recalled_on", recalled))
            : Exclude(FeeExclusionReason.BeforePlacement, payment, payment.Amount, id, valueDate, TextArgument.Of("placed_on", placements.First(p => p.PlacedOn > payment.ValueDate).PlacedOn));
    }

    private static FeeExclusion Exclude(FeeExclusionReason reason, Payment payment, Money amount, params TextArgument[] arguments) =>
        new(reason, payment.AccountId, payment.Id, null, null, amount, FeesTexts.Format("reason." + reason.Code, arguments));
}
