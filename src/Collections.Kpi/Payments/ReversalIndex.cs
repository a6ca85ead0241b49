using Collections.Core;
using NodaTime.Text;

namespace Collections.Kpi;

/// <summary>Reversals by the payment they reverse, for the allocator and the promise evaluator alike.</summary>
internal static class ReversalIndex
{
    /// <summary>Indexes reversals by payment. The same reversal given twice is one; two different reversals of one payment
    /// are refused, because which one counts (and from when) would depend on the order they were given in.</summary>
    /// <param name="reversals">The reversals.</param>
    /// <param name="paramName">The argument, for the exceptions.</param>
    /// <param name="accountId">When given, the account every reversal must be on.</param>
    /// <returns>The reversals by payment id.</returns>
    /// <exception cref="ArgumentNullException">A reversal is null.</exception>
    /// <exception cref="ArgumentException">A reversal is on another account, or a payment is reversed twice differently.</exception>
    public static Dictionary<PaymentId, PaymentReversal> ByPayment(IEnumerable<PaymentReversal> reversals, string paramName, AccountId? accountId = null)
    {
        var byPayment = new Dictionary<PaymentId, PaymentReversal>();
        foreach (var reversal in reversals)
        {
            ArgumentNullException.ThrowIfNull(reversal, paramName);
            if (accountId is { } account && reversal.AccountId != account)
            {
                throw new ArgumentException($"The reversal of payment {reversal.PaymentId} is on account {reversal.AccountId}, not {account}.", paramName);
            }

            if (!byPayment.TryAdd(reversal.PaymentId, reversal) && byPayment[reversal.PaymentId] != reversal)
            {
                var first = byPayment[reversal.PaymentId];
                throw new ArgumentException(
                    $"Payment {reversal.PaymentId} is reversed twice, differently: posted {InstantPattern.General.Format(first.PostedAt)} ({first.Reason}) and {InstantPattern.General.Format(reversal.PostedAt)} ({reversal.Reason}). A payment is reversed once; give one reversal.",
                    paramName);
            }
        }

        return byPayment;
    }
}
