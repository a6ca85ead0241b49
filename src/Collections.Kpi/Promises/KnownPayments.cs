using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>One payment that counts on the as-of date: known (posted before the end of the as-of day), value-dated on or before it, and not reversed.</summary>
internal readonly record struct KnownPayment(PaymentId Id, int ValueDay, Instant PostedAt, long MinorUnits, Currency Currency) : IComparable<KnownPayment>
{
    public int CompareTo(KnownPayment other)
    {
        var byDay = ValueDay.CompareTo(other.ValueDay);
        if (byDay != 0)
        {
            return byDay;
        }

        var byPosting = PostedAt.CompareTo(other.PostedAt);
        return byPosting != 0 ? byPosting : Id.CompareTo(other.Id);
    }
}

/// <summary>The payments that count on an as-of date, per account, in value-date order (then posting instant, then id).</summary>
/// <remarks>
/// <para>The rule (docs/kpi-definitions.md: back-dated payments count by value date): a payment counts on as-of date A when it
/// was posted before the end of A in the creditor's zone and its value date is on or before A, unless a reversal of it was
/// also posted before the end of A. So a payment posted after a promise's grace days but value-dated within them counts
/// from the as-of date on which it is known, and a reversal known on A takes its payment out of every evaluation as of A.</para>
/// <para>A reversal posted before the payment it reverses is impossible and refused. A reversal known on A, on an account
/// asked for, whose payment is not among the payments given takes nothing out: the payment may legitimately be outside the
/// set evaluated (the host passed one period's payments), so it is not an error, but it is kept per account
/// (<see cref="UnmatchedReversals"/>) and shown in the evaluation.</para>
/// <para>Only the accounts asked for are kept: one dictionary lookup per payment, then the payments are placed account by
/// account in one array (a counting sort) and each account's slice is sorted.</para>
/// </remarks>
internal sealed class KnownPayments
{
    private readonly Dictionary<AccountId, int> _accountIndex;
    private readonly KnownPayment[] _payments;
    private readonly int[] _starts;
    private readonly Dictionary<AccountId, List<PaymentId>>? _unmatchedReversals;

    private KnownPayments(Dictionary<AccountId, int> accountIndex, KnownPayment[] payments, int[] starts, Dictionary<AccountId, List<PaymentId>>? unmatchedReversals)
    {
        _accountIndex = accountIndex;
        _payments = payments;
        _starts = starts;
        _unmatchedReversals = unmatchedReversals;
    }

    public ReadOnlySpan<KnownPayment> For(AccountId accountId) =>
        _accountIndex.TryGetValue(accountId, out var index)
            ? _payments.AsSpan(_starts[index], _starts[index + 1] - _starts[index])
            : [];

    /// <summary>The payments named by reversals of the account known on the as-of date that are not among the payments given, by id.</summary>
    public ImmutableArray<PaymentId> UnmatchedReversals(AccountId accountId) =>
        _unmatchedReversals is not null && _unmatchedReversals.TryGetValue(accountId, out var ids) ? [.. ids.Order()] : [];

    /// <summary>Collects the payments of <paramref name="accounts"/> that count on <paramref name="asOf"/>.</summary>
    public static KnownPayments Collect(IEnumerable<Payment> payments, IEnumerable<PaymentReversal> reversals, LocalDate asOf, PromiseRules rules, IEnumerable<AccountId> accounts)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(reversals);
        var cutoff = asOf.PlusDays(1).AtStartOfDayInZone(rules.CreditorTimeZone).ToInstant();
        var asOfDay = DayNumber.Of(asOf);

        var accountIndex = new Dictionary<AccountId, int>();
        foreach (var account in accounts)
        {
            accountIndex.TryAdd(account, accountIndex.Count);
        }

        // Every reversal, known or not, so that one posted before its payment is refused whatever the as-of date.
        var reversed = ReversalIndex.ByPayment(reversals, nameof(reversals));

        HashSet<PaymentId>? matched = reversed.Count > 0 ? [] : null;

        var counts = new int[accountIndex.Count + 1];
        var kept = new List<(int Account, KnownPayment Payment)>(payments.TryGetNonEnumeratedCount(out var total) ? Math.Min(total, 1 << 20) : 16);
        foreach (var payment in payments)
        {
            ArgumentNullException.ThrowIfNull(payment, nameof(payments));
            var isReversed = false;
            if (matched is not null && reversed.TryGetValue(payment.Id, out var reversal))
            {
                if (reversal.AccountId != payment.AccountId)
                {
                    throw new ArgumentException($"The reversal of payment {payment.Id} names account {reversal.AccountId}, but the payment is on account {payment.AccountId}.", nameof(reversals));
                }

                if (reversal.PostedAt < payment.PostedAt)
                {
                    throw PaymentAllocator.ReversalBeforePayment(payment, reversal, nameof(reversals));
                }

                matched.Add(payment.Id);
                isReversed = reversal.PostedAt < cutoff;
            }

            if (isReversed || !accountIndex.TryGetValue(payment.AccountId, out var index))
            {
                continue;
            }

            var valueDay = DayNumber.Of(payment.ValueDate);
            if (payment.PostedAt >= cutoff || valueDay > asOfDay)
            {
                continue;
            }

            counts[index + 1]++;
            kept.Add((index, new KnownPayment(payment.Id, valueDay, payment.PostedAt, payment.Amount.MinorUnits, payment.Amount.Currency)));
        }

        var starts = new int[accountIndex.Count + 1];
        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] = starts[i - 1] + counts[i];
        }

        var placed = new KnownPayment[kept.Count];
        var next = starts[..^1];
        foreach (var (account, payment) in kept)
        {
            placed[next[account]++] = payment;
        }

        for (var i = 0; i < accountIndex.Count; i++)
        {
            var length = starts[i + 1] - starts[i];
            if (length > 1)
            {
                Array.Sort(placed, starts[i], length);
                RefuseDuplicates(placed.AsSpan(starts[i], length));
            }
        }

        return new KnownPayments(accountIndex, placed, starts, Unmatched(reversed, matched, cutoff, accountIndex));
    }

    private static Dictionary<AccountId, List<PaymentId>>? Unmatched(
        Dictionary<PaymentId, PaymentReversal> reversed, HashSet<PaymentId>? matched, Instant cutoff, Dictionary<AccountId, int> accountIndex)
    {
        Dictionary<AccountId, List<PaymentId>>? unmatched = null;
        foreach (var (id, reversal) in reversed)
        {
            if (reversal.PostedAt < cutoff && accountIndex.ContainsKey(reversal.AccountId) && matched?.Contains(id) != true)
            {
                unmatched ??= [];
                if (!unmatched.TryGetValue(reversal.AccountId, out var ids))
                {
                    unmatched[reversal.AccountId] = ids = [];
                }

                ids.Add(id);
            }
        }

        return unmatched;
    }

    public static void CheckCurrency(ReadOnlySpan<KnownPayment> payments, Currency currency, string subject, string parameterName)
    {
        foreach (var payment in payments)
        {
            if (payment.Currency != currency)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Payment {payment.Id} is in {payment.Currency} but {subject} is in {currency}: convert it first (PaymentAllocator with a CurrencyConversion gives the amount in the account's currency)."),
                    parameterName);
            }
        }
    }

    private static void RefuseDuplicates(ReadOnlySpan<KnownPayment> payments)
    {
        if (payments.Length <= 32)
        {
            for (var i = 1; i < payments.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (payments[i].Id == payments[j].Id)
                    {
                        throw Duplicate(payments[i].Id, nameof(payments));
                    }
                }
            }

            return;
        }

        var seen = new HashSet<PaymentId>(payments.Length);
        foreach (var payment in payments)
        {
            if (!seen.Add(payment.Id))
            {
                throw Duplicate(payment.Id, nameof(payments));
            }
        }
    }

    private static ArgumentException Duplicate(PaymentId id, string parameterName) =>
        new($"Payment {id} appears more than once; each payment is passed once (a correction is a PaymentReversal).", parameterName);
}
