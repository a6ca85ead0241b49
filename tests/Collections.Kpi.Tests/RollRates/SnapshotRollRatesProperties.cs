using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Kpi.Tests.RollRates;

public sealed class SnapshotRollRatesProperties
{
    private static readonly Arbitrary<AccountSnapshot[]> Histories = KpiGenerators.SnapshotHistory().ToArbitrary();

    [Property]
    public Property Every_account_is_counted_once_in_each_transition() =>
        Prop.ForAll(Histories, snapshots =>
            SnapshotRollRates.Calculate(snapshots).All(t =>
            {
                var earlier = snapshots.Count(s => s.Period == t.FromPeriod);
                var later = snapshots.Count(s => s.Period == t.ToPeriod);
                var both = t.Matrices.Sum(m => m.Total.Count);
                return both + t.Matrices.Sum(m => m.TotalLeft.Count) == earlier
                    && both + t.Matrices.Sum(m => m.TotalEntered.Count) == later;
            }));

    [Property]
    public Property Matrices_agree_with_a_plain_loop_over_the_snapshots() =>
        Prop.ForAll(Histories, snapshots =>
        {
            var buckets = AgingBucketSet.Default;
            var transitions = SnapshotRollRates.Calculate(snapshots, buckets);
            var periods = snapshots.Select(s => s.Period).Distinct().Order().ToList();
            if (transitions.Length != Math.Max(0, periods.Count - 1))
            {
                return false;
            }

            for (var k = 0; k < transitions.Length; k++)
            {
                // The reference: the state rule written out on raw fields, 0..5 buckets of 30 days, 6 = paid.
                var expected = new Dictionary<(Currency, int, int), (long Count, long Balance)>();
                foreach (var start in snapshots.Where(s => s.Period == periods[k]))
                {
                    var end = snapshots.SingleOrDefault(s => s.Period == periods[k + 1] && s.AccountId == start.AccountId);
                    if (end is null)
                    {
                        continue;
                    }

                    var key = (start.Balance.Currency, PlainState(start), PlainState(end));
                    var (count, balance) = expected.GetValueOrDefault(key);
                    expected[key] = (count + 1, balance + Math.Max(0, start.Balance.MinorUnits));
                }

                var transition = transitions[k];
                foreach (var currency in transition.Currencies)
                {
                    var matrix = transition.MatrixFor(currency);
                    for (var f = 0; f <= buckets.Count; f++)
                    {
                        for (var t = 0; t <= buckets.Count; t++)
                        {
                            var cell = matrix.Cell(Support.TestData.State(buckets, f), Support.TestData.State(buckets, t));
                            var (count, balance) = expected.GetValueOrDefault((currency, f, t));
                            if (cell.Count != count || cell.Balance.MinorUnits != balance)
                            {
                                return false;
                            }
                        }
                    }
                }
            }

            return true;
        });

    private static int PlainState(AccountSnapshot snapshot)
    {
        var days = snapshot.DaysPastDue.Value;
        if (days > 0)
        {
            return days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 120 ? 4 : 5;
        }

        return snapshot.Balance.MinorUnits > 0 ? 0 : 6;
    }
}
