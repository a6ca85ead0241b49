using System.Globalization;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>Bounded FsCheck generators for KPI tests: roll transitions, snapshot histories and ledgers with settlement dates.</summary>
/// <remarks>TestKit does not reference Collections.Kpi, so roll states are generated as indexes: 0..bucket count − 1 are
/// the buckets, the bucket count itself is <c>paid</c>.</remarks>
public static class KpiGenerators
{
    /// <summary>The first date of generated ledgers and histories.</summary>
    public static readonly LocalDate LedgerStart = new(2024, 1, 1);

    /// <summary>Balances in minor units: mostly positive (0.01 to 10M), some credits, some zero.</summary>
    /// <returns>The generator.</returns>
    public static Gen<long> SignedMinorUnits() =>
        Gen.Frequency(
            (6, CollectionsGenerators.PositiveMinorUnits()),
            (1, CollectionsGenerators.PositiveMinorUnits().Select(v => -v)),
            (1, Gen.Constant(0L)));

    /// <summary>Observed transitions between roll states, for a bucket set of <paramref name="bucketCount"/> buckets.</summary>
    /// <param name="bucketCount">The number of buckets; state index <paramref name="bucketCount"/> is <c>paid</c>.</param>
    /// <returns>Arrays of (kind, from, to, balance in minor units); most present in both periods, some entered or left.</returns>
    public static Gen<TransitionSample[]> Transitions(int bucketCount) =>
        (from kind in Gen.Frequency((6, Gen.Constant(TransitionKind.Both)), (1, Gen.Constant(TransitionKind.Entered)), (1, Gen.Constant(TransitionKind.Left)))
         from f in Gen.Choose(0, bucketCount)
         from t in Gen.Choose(0, bucketCount)
         from b in SignedMinorUnits()
         select new TransitionSample(kind, f, t, b)).ArrayOf();

    /// <summary>Snapshot histories: up to 25 accounts over January to May 2024, each account missing from some months,
    /// months past due from −2 (no consumption) to 8, balances with credits and zeros, in SAR or KWD per account.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AccountSnapshot[]> SnapshotHistory() =>
        from accountCount in Gen.Choose(0, 25)
        from accounts in Gen.ArrayOf(AccountSnapshots(), accountCount)
        select accounts.SelectMany((snapshots, i) => snapshots(new AccountId("A" + i.ToString(CultureInfo.InvariantCulture)))).ToArray();

    /// <summary>Ledgers: up to 60 items on up to 12 accounts (SAR or KWD per account), issued over 18 months from
    /// <see cref="LedgerStart"/>, due 0–60 days later, mostly settled 0–240 days after issue, some never settled (with
    /// or without a stated open amount), some credit notes and zero items.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ReceivableItem[]> Ledger() =>
        from accountCount in Gen.Choose(1, 12)
        from currencies in Gen.ArrayOf(Gen.Elements(Currency.SaudiRiyal, Currency.FromCode("KWD")), accountCount)
        from itemCount in Gen.Choose(0, 60)
        from drafts in Gen.ArrayOf(ItemDraft(accountCount), itemCount)
        select drafts.Select((d, i) => d.ToItem(i, currencies[d.Account])).ToArray();

    /// <summary>As-of dates for ledgers: from before <see cref="LedgerStart"/> to well after the last issue date.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> LedgerAsOf() => Gen.Choose(-20, 700).Select(d => LedgerStart.PlusDays(d));

    private static Gen<Func<AccountId, IEnumerable<AccountSnapshot>>> AccountSnapshots() =>
        from currency in Gen.Elements(Currency.SaudiRiyal, Currency.FromCode("KWD"))
        from months in Gen.ArrayOf(
            Gen.Frequency(
                (1, Gen.Constant<(int, long)?>(null)),
                (6, from status in Gen.Choose(-2, 8) from balance in SignedMinorUnits() select ((int, long)?)(status, balance))),
            5)
        select (Func<AccountId, IEnumerable<AccountSnapshot>>)(id => months
            .Select((m, i) => (m, Period: new YearMonth(2024, i + 1)))
            .Where(x => x.m is not null)
            .Select(x => new AccountSnapshot(id, x.Period, DaysPastDue.FromMonthsPastDue(x.m!.Value.Item1), Money.FromMinorUnits(x.m.Value.Item2, currency))
            {
                ReportedStatus = x.m.Value.Item1.ToString(CultureInfo.InvariantCulture),
            }));

    private static Gen<Draft> ItemDraft(int accountCount) =>
        from account in Gen.Choose(0, accountCount - 1)
        from issueOffset in Gen.Choose(0, 540)
        from terms in Gen.Choose(0, 60)
        from amount in Gen.Frequency(
            (8, Gen.Choose(1, 5_000_000).Select(v => (long)v)),
            (1, Gen.Choose(1, 500_000).Select(v => -(long)v)),
            (1, Gen.Constant(0L)))
        from settlement in Gen.Frequency(
            (6, Gen.Choose(0, 240).Select(d => (int?)d)),
            (2, Gen.Constant<int?>(null)))
        from statedOpenPercent in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 100).Select(p => (int?)p)))
        select new Draft(account, issueOffset, terms, amount, settlement, statedOpenPercent);

    /// <summary>Whether an observed account is in both periods or only in one.</summary>
    public enum TransitionKind
    {
        /// <summary>Present in both periods: counted in the matrix.</summary>
        Both,

        /// <summary>Present only in the later period (only <see cref="TransitionSample.To"/> applies).</summary>
        Entered,

        /// <summary>Present only in the earlier period (only <see cref="TransitionSample.From"/> applies).</summary>
        Left,
    }

    /// <summary>One observed account: its kind, from and to state indexes (the bucket count is <c>paid</c>) and a balance.</summary>
    /// <param name="Kind">In both periods, entered or left.</param>
    /// <param name="From">The state index at the start.</param>
    /// <param name="To">The state index at the end.</param>
    /// <param name="BalanceMinorUnits">The balance (at the start; at the end for an entered account) in minor units, may be zero or negative.</param>
    public readonly record struct TransitionSample(TransitionKind Kind, int From, int To, long BalanceMinorUnits);

    private sealed record Draft(int Account, int IssueOffset, int Terms, long Amount, int? SettlementOffset, int? StatedOpenPercent)
    {
        public ReceivableItem ToItem(int index, Currency currency)
        {
            var issued = LedgerStart.PlusDays(IssueOffset);
            var amount = Money.FromMinorUnits(Amount, currency);
            var item = new ReceivableItem(
                new ItemId("I" + index.ToString(CultureInfo.InvariantCulture)),
                new AccountId("A" + Account.ToString(CultureInfo.InvariantCulture)),
                issued,
                issued.PlusDays(Terms),
                amount);
            if (SettlementOffset is { } settled)
            {
                return item with { SettledOn = issued.PlusDays(settled) };
            }

            return StatedOpenPercent is { } percent
                ? item with { OpenAmount = Money.FromMinorUnits(Amount * percent / 100, currency) }
                : item;
        }
    }
}
