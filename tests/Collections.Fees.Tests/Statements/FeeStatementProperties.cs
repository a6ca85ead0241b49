using System.Security.Cryptography;
using System.Text;
using Collections.Core.Audit;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Fees.Tests.Statements;

/// <summary>The statement's rules as properties over generated schedules and histories (January and February 2026, SAR).</summary>
public sealed class FeeStatementProperties
{
    private static Arbitrary<FeeHistory> Histories() =>
        Gen.OneOf(FeesGenerators.History(CollectionTrack.Amicable), FeesGenerators.History(CollectionTrack.Legal)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_statements_lines_sum_to_its_total() =>
        Prop.ForAll(Histories(), history =>
        {
            var january = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN", FeesGenerators.January));
            var february = FeeStatement.Calculate(FeesGenerators.Request(history, "FEB", FeesGenerators.February, january));
            return new[] { january, february }.All(s =>
                s.Lines.Aggregate(Money.Zero(s.Currency), (sum, l) => sum + l.Fee) == s.Total
                && s.Lines.Where(l => l.Kind != FeeLineKind.Vat).Aggregate(Money.Zero(s.Currency), (sum, l) => sum + l.Fee) == s.Fees
                && s.Fees + s.Vat == s.Total
                && s.Lines.Select(l => l.Number).SequenceEqual(Enumerable.Range(1, s.Lines.Length))
                && s.Lines[^1].Kind == FeeLineKind.Vat);
        });

    [Property(MaxTest = 300)]
    public Property Fees_are_monotone_in_amounts_collected_within_a_tier() =>
        Prop.ForAll(
            (from schedule in FeesGenerators.Schedule(CollectionTrack.Amicable)
             from age in Gen.Choose(-10, 900)
             from balance in Gen.Choose(1, 10_000_000)
             from small in Gen.Choose(1, 10_000_000)
             from extra in Gen.Choose(0, 10_000_000)
             select (schedule, age, balance, small, extra)).ToArbitrary(),
            c =>
            {
                // One account at one tier, placed with enough balance that both amounts apply in full.
                var placement = new AccountPlacement(new PlacementId("PL"), new AccountId("A"), CollectionTrack.Amicable, FeesGenerators.January.Start, new DaysPastDue(c.age), Money.FromMinorUnits((long)c.balance + c.small + c.extra, FeesGenerators.Sar));
                Money Fees(long minorUnits) => FeeStatement.Calculate(new FeeStatementRequest(new FeeStatementId("S"), c.schedule, FeesGenerators.January)
                {
                    Placements = [placement],
                    Payments = [new Payment(new PaymentId("P"), placement.AccountId, Money.FromMinorUnits(minorUnits, FeesGenerators.Sar), FeesGenerators.January.Start.PlusDays(3), FeesGenerators.InRiyadh(FeesGenerators.January.Start.PlusDays(3)), PaymentMethod.Sadad)],
                }).Fees;

                var tier = c.schedule.TierFor(placement.AgeAtPlacement, placement.PlacedBalance);
                var smaller = Money.FromMinorUnits(c.small, FeesGenerators.Sar);
                var larger = Money.FromMinorUnits((long)c.small + c.extra, FeesGenerators.Sar);
                return (Fees(c.small) <= Fees((long)c.small + c.extra) && c.schedule.PercentageFee(smaller, tier) <= c.schedule.PercentageFee(larger, tier))
                    .Label($"tier {tier}: {smaller} → {Fees(c.small)}, {larger} → {Fees((long)c.small + c.extra)}");
            });

    [Property(MaxTest = 300)]
    public Property Payments_before_placement_or_after_recall_earn_nothing() =>
        Prop.ForAll(
            (from history in FeesGenerators.History(CollectionTrack.Amicable)
             from recallAfter in Gen.Choose(1, 60)
             select (history, recallAfter)).ToArbitrary(),
            c =>
            {
                // Every account recalled; only the payments dated outside its placement are kept.
                var placements = c.history.Placements.Select(p => new AccountPlacement(p.PlacementId, p.AccountId, p.Track, p.PlacedOn, p.AgeAtPlacement, p.PlacedBalance, p.PlacedOn.PlusDays(c.recallAfter))).ToArray();
                var outside = c.history.Payments.Where(pay => !placements.Single(p => p.AccountId == pay.AccountId).Covers(pay.ValueDate)).ToArray();
                var statement = FeeStatement.Calculate(FeesGenerators.Request(c.history with { Placements = placements, Payments = outside, Reversals = [], Stages = [] }, "JAN", FeesGenerators.January));
                var inPeriod = outside.Where(p => FeesGenerators.January.Contains(p.PostedAt.InZone(FeeStatementRequest.Riyadh).Date)).ToList();

                return statement.Lines.All(l => l.Kind == FeeLineKind.Vat)
                    && statement.Total.IsZero
                    && inPeriod.All(p => statement.Exclusions.Any(e => e.PaymentId == p.Id && (e.Reason == FeeExclusionReason.BeforePlacement || e.Reason == FeeExclusionReason.AfterRecall)));
            });

    [Property(MaxTest = 300)]
    public Property A_reversal_claws_back_exactly_what_its_payment_earned() =>
        Prop.ForAll(
            (from history in FeesGenerators.History(CollectionTrack.Amicable)
             from picks in Gen.Elements(true, false).ArrayOf(history.Payments.Length)
             select (history, picks)).ToArbitrary(),
            c =>
            {
                // January without reversals; then some of January's payments reversed on 2026-02-10.
                var history = c.history with { Reversals = [] };
                var january = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN", FeesGenerators.January));
                var reversed = c.history.Payments.Where((p, i) => c.picks[i]).ToList();
                var reversals = reversed.Select(p => new PaymentReversal(p.Id, p.AccountId, FeesGenerators.InRiyadh(new LocalDate(2026, 2, 10)), "chargeback")).ToArray();
                var february = FeeStatement.Calculate(FeesGenerators.Request(history with { Reversals = reversals }, "FEB", FeesGenerators.February, january));

                return reversed.All(p =>
                {
                    var earned = january.LinesFor(p.Id).Aggregate(Money.Zero(FeesGenerators.Sar), (sum, l) => sum + l.Fee);
                    var clawed = february.Lines.Where(l => l.Kind == FeeLineKind.Clawback && l.PaymentId == p.Id).ToList();
                    return january.LinesFor(p.Id).Any()
                        ? clawed.Count == 1 && clawed[0].Fee == -earned && clawed[0].RefersToStatement == january.Id
                        : clawed.Count == 0;
                });
            });

    [Property(MaxTest = 300)]
    public Property No_payment_earns_on_more_than_what_is_left_of_its_placed_balance() =>
        Prop.ForAll(Histories(), history =>
        {
            var statement = FeeStatement.Calculate(FeesGenerators.Request(history with { Reversals = [], Adjustments = [] }, "JAN", FeesGenerators.January));
            return history.Placements.All(p =>
                statement.Lines.Where(l => l.Kind == FeeLineKind.Fee && l.AccountId == p.AccountId).Sum(l => l.Base!.Value.MinorUnits) <= p.PlacedBalance.MinorUnits)
                && statement.Lines.Where(l => l.Kind == FeeLineKind.Fee).All(l => l.Base!.Value <= l.Received!.Value && l.Base.Value.IsPositive);
        });

    [Property(MaxTest = 200)]
    public Property The_order_of_the_inputs_does_not_change_the_statement() =>
        Prop.ForAll(Histories(), history =>
        {
            var statement = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN", FeesGenerators.January));
            var shuffled = history with
            {
                Placements = [.. history.Placements.Reverse()],
                Payments = [.. history.Payments.Reverse()],
                Reversals = [.. history.Reversals.Reverse()],
                Adjustments = [.. history.Adjustments.Reverse()],
                Stages = [.. history.Stages.Reverse()],
            };
            var again = FeeStatement.Calculate(FeesGenerators.Request(shuffled, "JAN", FeesGenerators.January));
            return again == statement && again.LinesSha256 == statement.LinesSha256;
        });

    [Property(MaxTest = 200)]
    public Property The_line_hash_is_over_the_rfc8785_canonical_json_of_the_lines() =>
        Prop.ForAll(Histories(), history =>
        {
            var statement = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN", FeesGenerators.January));
            var canonical = FeeStatementHash.CanonicalJson(statement.Currency, statement.Lines);
            return AuditPayload.Parse(canonical).Json == canonical
                && statement.LinesSha256 == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        });

    [Property(MaxTest = 200)]
    public Property A_period_calculated_again_charges_nothing_twice() =>
        Prop.ForAll(Histories(), history =>
        {
            var first = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN", FeesGenerators.January));
            var again = FeeStatement.Calculate(FeesGenerators.Request(history, "JAN-AGAIN", FeesGenerators.January, first));
            return again.Total.IsZero && again.Lines.All(l => l.Kind == FeeLineKind.Vat);
        });
}
