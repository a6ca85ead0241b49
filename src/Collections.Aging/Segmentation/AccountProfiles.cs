using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Derives <see cref="AccountProfile"/>s from a <see cref="Portfolio"/>: positions, behaviour from snapshots or ledger items, reachability from contact points and attempts.</summary>
/// <remarks>
/// <para><b>From snapshots</b> (a period): payments = snapshots in the recent periods with a known positive
/// <see cref="AccountSnapshot.Payment"/> (unknown when no snapshot in the window states a payment); trend = days past
/// due at the period against the earliest snapshot in the trend window.</para>
/// <para><b>From ledger items</b> (a date): payments = months of the recent window with a settlement on or before the
/// date (unknown when no item of the portfolio has a settlement date); trend = worst days past due of open debt at the
/// date against the same day <see cref="AccountProfileOptions.TrendPeriods"/> − 1 months earlier (unknown when the
/// account had no item issued by then).</para>
/// <para><b>Both</b> read disputes (the account's flag or a disputed open item) and the average days late of items settled
/// on or before the as-of date from the ledger items, when there are any. Broken promises are not in the portfolio
/// model and stay unknown (a host sets them with <c>with</c>).</para>
/// <para><b>Reachability</b>: contact points from each account's debtor (see <see cref="AccountProfileOptions.ContactPointsProvided"/>);
/// attempts, when given, counted per account up to the end of the as-of day in the creditor's zone. With neither, the
/// signals are <see cref="ReachabilitySignals.NoContactData"/>.</para>
/// </remarks>
public static class AccountProfiles
{
    /// <summary>Profiles of the accounts with a snapshot in a period.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="period">The period (as of its last day).</param>
    /// <param name="options">Windows, time zone, contact data; <see cref="AccountProfileOptions.Default"/> when omitted.</param>
    /// <param name="attempts">Contact attempts, when the host has them; <see langword="null"/> means no attempt history.</param>
    /// <returns>One profile per account with a snapshot in the period, in snapshot order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static ImmutableArray<AccountProfile> FromSnapshots(
        Portfolio portfolio, YearMonth period, AccountProfileOptions? options = null, IEnumerable<ContactAttempt>? attempts = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        options = Checked(options);
        var asOf = period.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth);
        var positions = PortfolioAging.PositionsFromSnapshots(portfolio.Snapshots, period);
        var snapshotsByAccount = portfolio.Snapshots.ToLookup(s => s.AccountId);
        var ledger = new LedgerSignals(portfolio, asOf);
        var reach = new ReachabilityReader(portfolio, asOf, options, attempts);
        var recentFrom = period.PlusMonths(1 - options.RecentPeriods);
        var trendFrom = period.PlusMonths(1 - options.TrendPeriods);
        return [.. positions.Select(position =>
        {
            var history = snapshotsByAccount[position.AccountId];
            var recent = history.Where(s => s.Period.CompareTo(recentFrom) >= 0 && s.Period.CompareTo(period) <= 0).ToList();
            int? paid = recent.Any(s => s.Payment is not null) ? recent.Count(s => s.Payment is { IsPositive: true }) : null;
            var current = history.First(s => s.Period == period);
            var earliest = history
                .Where(s => s.Period.CompareTo(trendFrom) >= 0 && s.Period.CompareTo(period) < 0)
                .OrderBy(s => s.Period)
                .FirstOrDefault();
            var trend = earliest is null ? DelinquencyTrend.Unknown : Compare(Delinquency(earliest), Delinquency(current));
            var behaviour = ledger.Complete(position.AccountId, new BehaviourSignals(options.RecentPeriods, paid, trend, options.TrendPeriods));
            return new AccountProfile(position, behaviour, reach.For(position.AccountId));
        })];
    }

    /// <summary>Profiles of the accounts with ledger items, as of a date.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="asOf">The as-of date, always explicit.</param>
    /// <param name="options">Windows, time zone, contact data; <see cref="AccountProfileOptions.Default"/> when omitted.</param>
    /// <param name="attempts">Contact attempts, when the host has them; <see langword="null"/> means no attempt history.</param>
    /// <returns>One profile per account with an item, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static ImmutableArray<AccountProfile> FromItems(
        Portfolio portfolio, LocalDate asOf, AccountProfileOptions? options = null, IEnumerable<ContactAttempt>? attempts = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        options = Checked(options);
        var positions = PortfolioAging.PositionsFromItems(portfolio.Items, asOf);
        var itemsByAccount = portfolio.Items.ToLookup(i => i.AccountId);
        var ledger = new LedgerSignals(portfolio, asOf);
        var reach = new ReachabilityReader(portfolio, asOf, options, attempts);
        var paymentsKnown = portfolio.Items.Any(i => i.SettledOn is not null);
        var asOfDay = DayNumber.Of(asOf);
        var period = asOf.ToYearMonth();
        var recentFrom = period.PlusMonths(1 - options.RecentPeriods);
        var earlier = asOf.PlusMonths(1 - options.TrendPeriods);
        return [.. positions.Select(position =>
        {
            var items = itemsByAccount[position.AccountId];
            int? paid = paymentsKnown
                ? items.Where(i => i.SettledOn is { } s && DayNumber.Of(s) <= asOfDay)
                    .Select(i => i.SettledOn!.Value.ToYearMonth())
                    .Where(m => m.CompareTo(recentFrom) >= 0)
                    .Distinct()
                    .Count()
                : null;
            var observedEarlier = options.TrendPeriods > 1 && items.Any(i => i.IssuedOn is not { } issued || DayNumber.Of(issued) <= DayNumber.Of(earlier));
            var trend = observedEarlier ? Compare(WorstOpenDelinquency(items, earlier), WorstOpenDelinquency(items, asOf)) : DelinquencyTrend.Unknown;
            var behaviour = ledger.Complete(position.AccountId, new BehaviourSignals(options.RecentPeriods, paid, trend, options.TrendPeriods));
            return new AccountProfile(position, behaviour, reach.For(position.AccountId));
        })];
    }

    private static AccountProfileOptions Checked(AccountProfileOptions? options)
    {
        options ??= AccountProfileOptions.Default;
        var violations = options.Validate();
        if (violations.Count > 0)
        {
            throw new ArgumentException("The profile options are invalid: " + string.Join("; ", violations) + ".", nameof(options));
        }

        return options;
    }

    // Delinquency is days past due of what is owed: zero when current or owing nothing.
    private static int Delinquency(AccountSnapshot snapshot) => snapshot.Balance.IsPositive ? Math.Max(0, snapshot.DaysPastDue.Value) : 0;

    private static int WorstOpenDelinquency(IEnumerable<ReceivableItem> items, LocalDate date)
    {
        var worst = 0;
        foreach (var item in items)
        {
            if (item.OpenAmountOn(date).IsPositive)
            {
                worst = Math.Max(worst, item.DaysPastDueOn(date).Value);
            }
        }

        return worst;
    }

    private static DelinquencyTrend Compare(int before, int after) =>
        after > before ? DelinquencyTrend.Worsening : after < before ? DelinquencyTrend.Improving : DelinquencyTrend.Stable;

    /// <summary>Disputes and lateness from the ledger items, as of a date.</summary>
    private sealed class LedgerSignals
    {
        private readonly Portfolio _portfolio;
        private readonly Dictionary<AccountId, (int Disputed, int Settled, long DaysLate)> _byAccount = [];

        public LedgerSignals(Portfolio portfolio, LocalDate asOf)
        {
            _portfolio = portfolio;
            var asOfDay = DayNumber.Of(asOf);
            foreach (var item in portfolio.Items)
            {
                _byAccount.TryGetValue(item.AccountId, out var row);
                if (item.IsDisputed && !item.OpenAmountOn(asOf).IsZero)
                {
                    row.Disputed++;
                }

                if (item.SettledOn is { } settled && DayNumber.Of(settled) <= asOfDay)
                {
                    row.Settled++;
                    row.DaysLate += Math.Max(0, DayNumber.Of(settled) - DayNumber.Of(item.DueOn));
                }

                _byAccount[item.AccountId] = row;
            }
        }

        public BehaviourSignals Complete(AccountId account, BehaviourSignals signals)
        {
            _byAccount.TryGetValue(account, out var row);
            var flagged = _portfolio.TryGetAccount(account, out var found) && found.HasOpenDispute;
            return signals with
            {
                HasOpenDispute = flagged || row.Disputed > 0,
                DisputedOpenItems = row.Disputed,
                SettledItems = row.Settled,
                AverageDaysLate = row.Settled > 0 ? (decimal)row.DaysLate / row.Settled : null,
            };
        }
    }

    /// <summary>Contact points of each account's debtor and its attempts up to the end of the as-of day.</summary>
    private sealed class ReachabilityReader
    {
        private readonly Portfolio _portfolio;
        private readonly bool _contactPointsProvided;
        private readonly Dictionary<AccountId, (int Attempts, int RightParty)>? _attempts;

        public ReachabilityReader(Portfolio portfolio, LocalDate asOf, AccountProfileOptions options, IEnumerable<ContactAttempt>? attempts)
        {
            _portfolio = portfolio;
            _contactPointsProvided = options.ContactPointsProvided ?? portfolio.Debtors.Any(d => !d.ContactPoints.IsDefaultOrEmpty);
            if (attempts is not null)
            {
                var endOfAsOfDay = asOf.PlusDays(1).AtStartOfDayInZone(options.CreditorTimeZone).ToInstant();
                _attempts = [];
                foreach (var attempt in attempts)
                {
                    if (attempt is null || attempt.At >= endOfAsOfDay)
                    {
                        continue;
                    }

                    _attempts.TryGetValue(attempt.AccountId, out var row);
                    row.Attempts++;
                    row.RightParty += attempt.Outcome.IsRightPartyContact ? 1 : 0;
                    _attempts[attempt.AccountId] = row;
                }
            }
        }

        public ReachabilitySignals For(AccountId account)
        {
            var (usable, known) = (0, 0);
            if (_contactPointsProvided && _portfolio.TryGetAccount(account, out var found) && _portfolio.TryGetDebtor(found.DebtorId, out var debtor)
                && !debtor.ContactPoints.IsDefaultOrEmpty)
            {
                known = debtor.ContactPoints.Length;
                usable = debtor.ContactPoints.Count(c => c.IsUsable);
            }

            var availability = !_contactPointsProvided ? ContactPointAvailability.Unknown
                : usable > 0 ? ContactPointAvailability.Usable
                : ContactPointAvailability.NoneUsable;
            var history = _attempts is not null;
            var (attempts, rightParty) = history && _attempts!.TryGetValue(account, out var row) ? row : (0, 0);
            return new ReachabilitySignals(availability, usable, known, history, attempts, rightParty);
        }
    }
}
