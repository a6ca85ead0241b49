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
/// The rule (docs/kpi-definitions.md: back-dated payments count by value date): a payment counts on as-of date A when it
/// was posted before the end of A in the creditor's zone and its value date is on or before A, unless a reversal of it was
/// also posted before the end of A. So a payment posted after a promise's grace days but value-dated within them counts
/// from the as-of date on which it is known, and a reversal known on A takes its payment out of every evaluation as of A.
/// </remarks>
internal sealed class KnownPayments
{
    private static readonly KnownPayment[] None = [];
    private readonly Dictionary<AccountId, KnownPayment[]> _byAccount;

    private KnownPayments(Dictionary<AccountId, KnownPayment[]> byAccount) => _byAccount = byAccount;

    public ReadOnlySpan<KnownPayment> For(AccountId accountId) =>
        _byAccount.TryGetValue(accountId, out var payments) ? payments : None;

    /// <summary>Collects the payments that count on <paramref name="asOf"/>; only those of <paramref name="accounts"/> when given.</summary>
    public static KnownPayments Collect(IEnumerable<Payment> payments, IEnumerable<PaymentReversal> reversals, LocalDate asOf, PromiseRules rules, IReadOnlySet<AccountId>? accounts)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(reversals);
        var cutoff = asOf.PlusDays(1).AtStartOfDayInZone(rules.CreditorTimeZone).ToInstant();
        var asOfDay = DayNumber.Of(asOf);

        var reversed = new Dictionary<PaymentId, PaymentReversal>();
        foreach (var reversal in reversals)
        {
            ArgumentNullException.ThrowIfNull(reversal, nameof(reversals));
            if (reversal.PostedAt < cutoff)
            {
                reversed.TryAdd(reversal.PaymentId, reversal);
            }
        }

        var seen = new HashSet<PaymentId>();
        var lists = new Dictionary<AccountId, List<KnownPayment>>();
        foreach (var payment in payments)
        {
            ArgumentNullException.ThrowIfNull(payment, nameof(payments));
            if (accounts is not null && !accounts.Contains(payment.AccountId))
            {
                continue;
            }

            if (!seen.Add(payment.Id))
            {
                throw new ArgumentException($"Payment {payment.Id} appears more than once; each payment is passed once (a correction is a PaymentReversal).", nameof(payments));
            }

            if (reversed.TryGetValue(payment.Id, out var reversal))
            {
                if (reversal.AccountId != payment.AccountId)
                {
                    throw new ArgumentException($"The reversal of payment {payment.Id} names account {reversal.AccountId}, but the payment is on account {payment.AccountId}.", nameof(reversals));
                }

                continue;
            }

            var valueDay = DayNumber.Of(payment.ValueDate);
            if (payment.PostedAt >= cutoff || valueDay > asOfDay)
            {
                continue;
            }

            if (!lists.TryGetValue(payment.AccountId, out var list))
            {
                list = [];
                lists.Add(payment.AccountId, list);
            }

            list.Add(new KnownPayment(payment.Id, valueDay, payment.PostedAt, payment.Amount.MinorUnits, payment.Amount.Currency));
        }

        var byAccount = new Dictionary<AccountId, KnownPayment[]>(lists.Count);
        foreach (var (account, list) in lists)
        {
            var array = list.ToArray();
            Array.Sort(array);
            byAccount.Add(account, array);
        }

        return new KnownPayments(byAccount);
    }

    public static void CheckCurrency(ReadOnlySpan<KnownPayment> payments, Currency currency, string subject)
    {
        foreach (var payment in payments)
        {
            if (payment.Currency != currency)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Payment {payment.Id} is in {payment.Currency} but {subject} is in {currency}: convert it first (PaymentAllocator with a CurrencyConversion gives the amount in the account's currency)."));
            }
        }
    }
}
