using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Ledger;

public sealed class LedgerHistoryProperties
{
    private static readonly Arbitrary<(ReceivableItem[] Items, LocalDate AsOf)> Ledgers =
        (from items in KpiGenerators.Ledger()
         from asOf in KpiGenerators.LedgerAsOf()
         select (items, asOf)).ToArbitrary();

    [Property]
    public Property Month_ends_run_from_the_first_issue_month_to_the_last_month_end_on_or_before_as_of() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            var issued = x.Items.Where(i => i.IssuedOn <= x.AsOf).ToList();
            var expected = new List<LocalDate>();
            if (issued.Count > 0)
            {
                var end = issued.Min(i => i.IssuedOn!.Value).With(DateAdjusters.EndOfMonth);
                for (; end <= x.AsOf; end = end.PlusDays(1).With(DateAdjusters.EndOfMonth))
                {
                    expected.Add(end);
                }
            }

            return history.MonthEnds.Select(m => m.Date).SequenceEqual(expected)
                && history.ItemTransitions.Length == Math.Max(0, expected.Count - 1)
                && history.AccountTransitions.Length == history.ItemTransitions.Length
                && history.ItemsIssuedAfterAsOf == x.Items.Length - issued.Count;
        });

    [Property]
    public Property Month_end_aging_is_the_aging_of_every_item_issued_by_the_month_end() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            return history.MonthEnds.All(m =>
            {
                var expected = PortfolioAging.AgeItems(x.Items.Where(i => i.IssuedOn <= m.Date), m.Date);
                return m.Aging.AsOf == expected.AsOf
                    && m.Aging.Lines.SequenceEqual(expected.Lines)
                    && m.Aging.CreditBalances.SequenceEqual(expected.CreditBalances)
                    && m.Aging.ZeroBalanceAccounts == expected.ZeroBalanceAccounts;
            });
        });

    [Property]
    public Property Opening_receivables_are_the_previous_month_ends_closing_receivables() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            return history.Currencies.All(c => history.MonthEnds.Select((m, k) =>
                m.FiguresFor(c).OpeningReceivables == (k == 0 ? Money.Zero(c) : history.MonthEnds[k - 1].FiguresFor(c).ClosingReceivables)).All(ok => ok));
        });

    [Property]
    public Property Ledger_CEI_lies_between_0_and_100_percent_or_is_not_applicable() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            return history.MonthEnds.SelectMany(m => m.Figures).All(f =>
                f.CollectionEffectivenessIndex.Rate is var r && (!r.IsDefined || (r.Numerator >= 0 && r.Numerator <= r.Denominator)));
        });

    [Property]
    public Property Item_matrix_rows_are_the_aging_of_the_earlier_month_end() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            return history.ItemTransitions.Select((t, k) => (t, Aging: history.MonthEnds[k].Aging)).All(p =>
                history.Currencies.All(c =>
                {
                    var matrix = p.t.MatrixFor(c);
                    return matrix.RowTotal(RollState.Paid).Count == 0
                        && history.Buckets.Buckets.All(b =>
                            matrix.RowTotal(RollState.InBucket(b)) is var row
                            && p.Aging.LineFor(b, c) is var line
                            && row.Count == line.Items && row.Balance == line.Balance);
                }));
        });

    [Property]
    public Property Items_still_open_plus_items_entered_are_the_aging_of_the_later_month_end() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            return history.ItemTransitions.Select((t, k) => (t, Aging: history.MonthEnds[k + 1].Aging)).All(p =>
                history.Currencies.All(c =>
                {
                    var matrix = p.t.MatrixFor(c);
                    return history.Buckets.Buckets.All(b =>
                        matrix.States.Sum(from => matrix.Cell(from, RollState.InBucket(b)).Count) + matrix.Entered(RollState.InBucket(b)).Count
                        == p.Aging.LineFor(b, c).Items);
                }));
        });

    [Property]
    public Property Item_matrices_agree_with_a_plain_loop_over_the_items() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            var buckets = history.Buckets;
            return history.ItemTransitions.Select((t, k) => (t, Start: history.MonthEnds[k].Date, End: history.MonthEnds[k + 1].Date)).All(p =>
            {
                var expected = new Dictionary<(Currency, RollState, RollState), (long Count, long Balance)>();
                foreach (var item in x.Items.Where(i => i.Amount.IsPositive && i.IssuedOn <= p.Start))
                {
                    var open = item.OpenAmountOn(p.Start);
                    if (!open.IsPositive)
                    {
                        continue; // settled before the earlier month end: not in the transition
                    }

                    var key = (item.Amount.Currency, ItemState(buckets, item, p.Start), ItemState(buckets, item, p.End));
                    var (count, balance) = expected.GetValueOrDefault(key);
                    expected[key] = (count + 1, balance + open.MinorUnits);
                }

                return p.t.Matrices.All(m => m.States.All(f => m.States.All(to =>
                    m.Cell(f, to) is var cell
                    && expected.GetValueOrDefault((m.Currency, f, to)) is var e
                    && cell.Count == e.Count && cell.Balance.MinorUnits == e.Balance)));
            });
        });

    [Property]
    public Property Account_states_agree_with_the_worst_open_item_positions_of_Aging() =>
        Prop.ForAll(Ledgers, x =>
        {
            var history = LedgerHistory.Rebuild(x.Items, x.AsOf);
            var buckets = history.Buckets;
            return history.AccountTransitions.Select((t, k) => (t, Start: history.MonthEnds[k].Date, End: history.MonthEnds[k + 1].Date)).All(p =>
            {
                var before = PortfolioAging.PositionsFromItems(x.Items.Where(i => i.IssuedOn <= p.Start), p.Start).ToDictionary(a => a.AccountId);
                var after = PortfolioAging.PositionsFromItems(x.Items.Where(i => i.IssuedOn <= p.End), p.End);
                var currencyOf = x.Items.GroupBy(i => i.AccountId).ToDictionary(g => g.Key, g => g.First().Amount.Currency);
                var expected = new Dictionary<(Currency, RollState, RollState), (long Count, long Balance)>();
                var entered = new Dictionary<(Currency, RollState), long>();
                foreach (var end in after)
                {
                    var to = RollState.Classify(buckets, end.WorstDaysPastDue, end.Debt);
                    var currency = currencyOf[end.AccountId];
                    if (before.TryGetValue(end.AccountId, out var start))
                    {
                        var key = (currency, RollState.Classify(buckets, start.WorstDaysPastDue, start.Debt), to);
                        var (count, balance) = expected.GetValueOrDefault(key);
                        expected[key] = (count + 1, balance + start.Debt.MinorUnits);
                    }
                    else
                    {
                        entered[(currency, to)] = entered.GetValueOrDefault((currency, to)) + 1;
                    }
                }

                return p.t.Matrices.All(m => m.States.All(f =>
                    m.Entered(f).Count == entered.GetValueOrDefault((m.Currency, f))
                    && m.States.All(to =>
                        m.Cell(f, to) is var cell
                        && expected.GetValueOrDefault((m.Currency, f, to)) is var e
                        && cell.Count == e.Count && cell.Balance.MinorUnits == e.Balance)));
            });
        });

    private static RollState ItemState(AgingBucketSet buckets, ReceivableItem item, LocalDate date) =>
        item.OpenAmountOn(date).IsPositive ? RollState.InBucket(buckets.Classify(item.DaysPastDueOn(date))) : RollState.Paid;
}
