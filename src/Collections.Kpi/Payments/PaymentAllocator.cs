using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Collections.Core;
using NodaTime.Text;

namespace Collections.Kpi;

/// <summary>Applies payments to an account's open items in the creditor's <see cref="AllocationOrder"/>; overpayments become unapplied credit and conversion rounding an explicit line.</summary>
/// <remarks>
/// <para>Each payment pays the open items in order, each in full before the next, until the payment is used up; what is left
/// when nothing is open is <see cref="PaymentAllocation.UnappliedCredit"/> (kept on the account, never spread over items that
/// are not yet open). A payment in another currency than the account's items is converted once with a
/// <see cref="CurrencyConversion"/> and allocated in the items' currency. Back in the payment's currency the lines are
/// converted cumulatively (each line is the running total converted back minus the previous running total converted
/// back), so the lines and the unapplied credit add up to the converted payment converted back, and the single
/// difference left — the <see cref="PaymentAllocation.RoundingLine"/> — does not grow with the number of lines: it is
/// the same as for the payment with no items at all. Converting back goes to the nearest minor unit, so the rounding line
/// is at most one minor unit of the account's currency expressed in the payment's currency (half of one when the
/// conversion rounds to the nearest) plus half a minor unit of the payment's currency: zero when the account's minor unit
/// is worth less than half the payment's (USD paid to SAR items), and possibly a few minor units of the payment when the
/// account's currency is the coarser one (SAR paid to USD items: the items cannot take a fraction of a cent).
/// Money never disappears (see <see cref="PaymentAllocation"/> for the two identities).</para>
/// <para>Bad input is refused with <see cref="ArgumentException"/> naming the argument and the payment or items: items of
/// another account, the same item twice, a default item, items in several currencies, a payment in another currency
/// without a matching conversion, a conversion that turns the payment into zero (the whole payment would otherwise
/// become the rounding line) or overflows, and (in <see cref="AllocateAll"/>) a reversal posted before its payment.</para>
/// </remarks>
public static class PaymentAllocator
{
    /// <summary>Applies one payment to open items.</summary>
    /// <param name="payment">The payment.</param>
    /// <param name="openItems">The account's open items (any order; they are sorted by <paramref name="order"/>).</param>
    /// <param name="order">The creditor's allocation order.</param>
    /// <param name="conversion">The conversion into the items' currency when the payment is in another currency; otherwise null.</param>
    /// <returns>The allocation, with the items still open afterwards.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The items or the conversion do not fit the payment; every violation listed.</exception>
    public static PaymentAllocation Allocate(Payment payment, IEnumerable<OpenItem> openItems, AllocationOrder order, CurrencyConversion? conversion = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(order);
        var items = openItems.ToArray();
        var accountCurrency = CheckItems(payment.AccountId, items, conversion?.To ?? payment.Amount.Currency, nameof(openItems));
        var inAccountCurrency = CheckPayment(payment, accountCurrency, conversion, nameof(conversion));
        Array.Sort(items, order.Compare);
        return AllocateSorted(payment, inAccountCurrency, items, order, conversion);
    }

    /// <summary>Applies an account's payments in value-date order (then posting instant, then payment id), leaving reversed payments out.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="payments">The account's payments, in any order.</param>
    /// <param name="reversals">Reversals of the account's payments; a reversed payment is left out, as if it had never been made.
    /// The same reversal given twice is one; two different reversals of one payment are refused.
    /// A reversal cannot be posted before the payment it reverses; one whose payment is not among <paramref name="payments"/>
    /// takes nothing out and is listed in <see cref="AccountAllocation.UnmatchedReversals"/>.</param>
    /// <param name="openItems">The account's items open before these payments.</param>
    /// <param name="order">The creditor's allocation order.</param>
    /// <param name="conversions">The conversion of each payment in another currency than the account's, by payment id; null when all are in the account's currency.</param>
    /// <returns>Each payment's allocation, the items still open, the unapplied credit, the reversed payments left out and the
    /// reversals that found no payment.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A payment, reversal or item belongs to another account, a payment appears twice, a
    /// payment is reversed twice differently, a reversal is posted before its payment, or currencies or conversions do not fit; the message names them and
    /// <see cref="ArgumentException.ParamName"/> the argument.</exception>
    public static AccountAllocation AllocateAll(
        AccountId accountId,
        IEnumerable<Payment> payments,
        IEnumerable<PaymentReversal> reversals,
        IEnumerable<OpenItem> openItems,
        AllocationOrder order,
        IReadOnlyDictionary<PaymentId, CurrencyConversion>? conversions = null)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(reversals);
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(order);

        var byPayment = ReversalIndex.ByPayment(reversals, nameof(reversals), accountId);
        var reversed = byPayment.Count > 0 ? byPayment : null;

        var list = new List<(int ValueDay, Payment Payment)>();
        foreach (var payment in payments)
        {
            ArgumentNullException.ThrowIfNull(payment, nameof(payments));
            if (payment.AccountId != accountId)
            {
                throw new ArgumentException($"Payment {payment.Id} is on account {payment.AccountId}, not {accountId}.", nameof(payments));
            }

            if (reversed is not null && reversed.TryGetValue(payment.Id, out var reversal) && reversal.PostedAt < payment.PostedAt)
            {
                throw ReversalBeforePayment(payment, reversal, nameof(reversals));
            }

            list.Add((DayNumber.Of(payment.ValueDate), payment));
        }

        list.Sort(static (a, b) =>
        {
            var byDay = a.ValueDay.CompareTo(b.ValueDay);
            if (byDay != 0)
            {
                return byDay;
            }

            var byPosting = a.Payment.PostedAt.CompareTo(b.Payment.PostedAt);
            return byPosting != 0 ? byPosting : a.Payment.Id.CompareTo(b.Payment.Id);
        });
        RefuseDuplicates(list, nameof(payments));

        var items = openItems.ToArray();
        var first = list.Count == 0 ? null : list.Find(p => reversed is null || !reversed.ContainsKey(p.Payment.Id)).Payment ?? list[0].Payment;
        if (first is null && items.Length == 0)
        {
            throw new ArgumentException($"Account {accountId}: there are neither payments nor open items to allocate.", nameof(payments));
        }

        var fallbackCurrency = first is null ? items[0].Open.Currency : Conversion(conversions, first)?.To ?? first.Amount.Currency;
        var accountCurrency = CheckItems(accountId, items, fallbackCurrency, nameof(openItems));
        Array.Sort(items, order.Compare);
        var open = ImmutableCollectionsMarshal.AsImmutableArray(items);

        var allocations = ImmutableArray.CreateBuilder<PaymentAllocation>();
        var skipped = ImmutableArray.CreateBuilder<PaymentId>();
        var unapplied = Money.Zero(accountCurrency);
        foreach (var (_, payment) in list)
        {
            if (reversed is not null && reversed.ContainsKey(payment.Id))
            {
                skipped.Add(payment.Id);
                continue;
            }

            var conversion = Conversion(conversions, payment);
            var inAccountCurrency = CheckPayment(payment, accountCurrency, conversion, nameof(conversions));
            var allocation = AllocateSorted(payment, inAccountCurrency, open.AsSpan(), order, conversion);
            allocations.Add(allocation);
            unapplied += allocation.UnappliedCredit;
            open = allocation.OpenAfter;
        }

        ImmutableArray<PaymentId> unmatched = reversed is null || skipped.Count == reversed.Count
            ? []
            : [.. reversed.Keys.Except(skipped).Order()];
        return new AccountAllocation(accountId, allocations.ToImmutable(), open, unapplied, skipped.ToImmutable(), unmatched);
    }

    private static CurrencyConversion? Conversion(IReadOnlyDictionary<PaymentId, CurrencyConversion>? conversions, Payment payment) =>
        conversions is not null && conversions.TryGetValue(payment.Id, out var conversion) ? conversion : null;

    /// <summary>Internal: pays the sorted items from the payment already converted (<paramref name="inAccountCurrency"/>).</summary>
    private static PaymentAllocation AllocateSorted(Payment payment, Money inAccountCurrency, ReadOnlySpan<OpenItem> sortedItems, AllocationOrder order, CurrencyConversion? conversion)
    {
        var currency = inAccountCurrency.Currency;

        // First pass: how many items the payment reaches and how many it pays in full, so the arrays are exact.
        var reached = 0;
        var paidInFull = 0;
        var left = inAccountCurrency.MinorUnits;
        while (left > 0 && reached < sortedItems.Length)
        {
            var open = sortedItems[reached].Open.MinorUnits;
            paidInFull += open <= left ? 1 : 0;
            left -= Math.Min(open, left);
            reached++;
        }

        // Lines go back to the payment's currency cumulatively: a line is the running total converted back minus the
        // previous running total converted back. Rounding each line on its own would add one rounding per line.
        Money Back(long minorUnits)
        {
            var amount = Money.FromMinorUnits(minorUnits, currency);
            return conversion?.ConvertBackToNearest(amount) ?? amount;
        }

        var lines = new AllocationLine[reached];
        var openAfter = new OpenItem[sortedItems.Length - paidInFull];
        var remaining = inAccountCurrency.MinorUnits;
        var applied = 0L;
        var appliedBack = Money.Zero(payment.Amount.Currency);
        var kept = 0;
        for (var i = 0; i < sortedItems.Length; i++)
        {
            var item = sortedItems[i];
            if (i >= reached)
            {
                openAfter[kept++] = item;
                continue;
            }

            var take = Math.Min(item.Open.MinorUnits, remaining);
            remaining -= take;
            applied += take;
            var appliedBackNow = Back(applied);
            lines[i] = new AllocationLine(item.ItemId, item.Component, item.DueOn, Money.FromMinorUnits(take, currency), appliedBackNow - appliedBack);
            appliedBack = appliedBackNow;
            if (take < item.Open.MinorUnits)
            {
                openAfter[kept++] = item.WithOpen(Money.FromMinorUnits(item.Open.MinorUnits - take, currency));
            }
        }

        var unapplied = Money.FromMinorUnits(remaining, currency);
        var wholeBack = Back(inAccountCurrency.MinorUnits);
        return new PaymentAllocation(
            payment,
            order,
            conversion,
            inAccountCurrency,
            ImmutableCollectionsMarshal.AsImmutableArray(lines),
            unapplied,
            wholeBack - appliedBack,
            payment.Amount - wholeBack,
            ImmutableCollectionsMarshal.AsImmutableArray(openAfter));
    }

    private static Currency CheckItems(AccountId accountId, OpenItem[] items, Currency currencyWhenNoItems, string parameterName)
    {
        List<string>? violations = null;
        HashSet<ItemId>? ids = items.Length > 16 ? new HashSet<ItemId>(items.Length) : null;
        List<Currency>? currencies = null;
        Currency? currency = null;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Component is null)
            {
                (violations ??= []).Add("an open item is the default (empty) value");
                continue;
            }

            if (item.AccountId != accountId)
            {
                (violations ??= []).Add($"item {item.ItemId} is on account {item.AccountId}, not {accountId}");
            }

            if (ids is null ? Array.FindIndex(items, 0, i, other => other.ItemId == item.ItemId) >= 0 : !ids.Add(item.ItemId))
            {
                (violations ??= []).Add($"item {item.ItemId} appears more than once");
            }

            if (currency is null)
            {
                currency = item.Open.Currency;
            }
            else if (item.Open.Currency != currency.Value && (currencies is null || !currencies.Contains(item.Open.Currency)))
            {
                (currencies ??= [currency.Value]).Add(item.Open.Currency);
            }
        }

        if (currencies is not null)
        {
            (violations ??= []).Add($"the items are in several currencies ({string.Join(", ", currencies)}); allocate each currency's items apart");
        }

        if (violations is not null)
        {
            throw new ArgumentException($"Cannot allocate to the open items of account {accountId}: " + string.Join("; ", violations) + ".", parameterName);
        }

        return currency ?? currencyWhenNoItems;
    }

    private static void RefuseDuplicates(List<(int ValueDay, Payment Payment)> payments, string parameterName)
    {
        HashSet<PaymentId>? seen = payments.Count > 16 ? new HashSet<PaymentId>(payments.Count) : null;
        for (var i = 0; i < payments.Count; i++)
        {
            var id = payments[i].Payment.Id;
            var repeated = seen is null ? payments.FindIndex(0, i, p => p.Payment.Id == id) >= 0 : !seen.Add(id);
            if (repeated)
            {
                throw new ArgumentException($"Payment {id} appears more than once.", parameterName);
            }
        }
    }

    /// <summary>Checks that the conversion fits the payment and the items, and returns the payment in the items' currency.</summary>
    private static Money CheckPayment(Payment payment, Currency accountCurrency, CurrencyConversion? conversion, string parameterName)
    {
        var paymentCurrency = payment.Amount.Currency;
        if (conversion is null)
        {
            if (paymentCurrency != accountCurrency)
            {
                throw new ArgumentException($"Payment {payment.Id} is in {paymentCurrency} but the account's items are in {accountCurrency}: pass a CurrencyConversion from {paymentCurrency} to {accountCurrency}.", parameterName);
            }

            return payment.Amount;
        }

        if (conversion.From != paymentCurrency || conversion.To != accountCurrency)
        {
            throw new ArgumentException($"Payment {payment.Id} is in {paymentCurrency} and the account's items in {accountCurrency}, but the conversion is from {conversion.From} to {conversion.To}.", parameterName);
        }

        Money converted;
        try
        {
            converted = conversion.Convert(payment.Amount);
        }
        catch (OverflowException)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Payment {payment.Id} ({payment.Amount}) converted from {conversion.From} to {conversion.To} at {conversion.Rate} does not fit in {accountCurrency} minor units; check the rate."), parameterName);
        }

        if (converted.IsZero && !payment.Amount.IsZero)
        {
            // Allocating it would leave no line and put the whole payment on the rounding line.
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Payment {payment.Id} ({payment.Amount}) converted from {conversion.From} to {conversion.To} at {conversion.Rate} is less than half a minor unit of {accountCurrency} and rounds to zero; check the rate, or record the payment in {accountCurrency}."), parameterName);
        }

        return converted;
    }

    /// <summary>The error for a reversal posted before the payment it reverses (also used by the promise evaluator).</summary>
    internal static ArgumentException ReversalBeforePayment(Payment payment, PaymentReversal reversal, string parameterName) =>
        new($"The reversal of payment {payment.Id} was posted at {InstantPattern.General.Format(reversal.PostedAt)}, before the payment itself ({InstantPattern.General.Format(payment.PostedAt)}); a payment cannot be reversed before it is posted.", parameterName);
}
