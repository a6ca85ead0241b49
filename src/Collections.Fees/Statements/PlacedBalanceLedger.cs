using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>How much of each payment was applied to what was left of its placed balance, in posting order.</summary>
/// <remarks>
/// Per placement, from the placed balance: payments whose value date falls in the placement lower it by what they
/// apply (at most what is left; the rest is an unapplied overpayment); a reversal puts back what its payment applied;
/// a credit note, write-off or waiver lowers it (never below zero). Events are taken by day — the posting instant's
/// day in the creditor's zone for payments and reversals, the effective date for adjustments — adjustments first
/// within a day, then by posting instant. Posting order, not value-date order, so a payment's applied amount is fixed
/// when it is posted and an issued statement never changes when a back-dated payment arrives later.
/// </remarks>
internal sealed class PlacedBalanceLedger
{
    private readonly Dictionary<PaymentId, (Money Applied, Money Left)> _applied = [];

    private PlacedBalanceLedger()
    {
    }

    public static PlacedBalanceLedger Build(StatementInput input)
    {
        var ledger = new PlacedBalanceLedger();
        var paymentsByAccount = input.Payments.ToLookup(p => p.AccountId);
        var adjustmentsByAccount = input.Adjustments.ToLookup(a => a.AccountId);
        var reversals = input.Reversals.ToDictionary(r => r.PaymentId);
        var events = new List<Event>();
        foreach (var (account, placements) in input.PlacementsByAccount)
        {
            foreach (var placement in placements)
            {
                events.Clear();
                foreach (var payment in paymentsByAccount[account])
                {
                    if (!placement.Covers(payment.ValueDate))
                    {
                        continue;
                    }

                    events.Add(new Event(input.Day(payment.PostedAt), 1, payment.PostedAt, 0, payment, null));
                    if (reversals.TryGetValue(payment.Id, out var reversal))
                    {
                        events.Add(new Event(input.Day(reversal.PostedAt), 1, reversal.PostedAt, 1, payment, null));
                    }
                }

                foreach (var adjustment in adjustmentsByAccount[account])
                {
                    if (placement.Covers(adjustment.EffectiveOn))
                    {
                        events.Add(new Event(adjustment.EffectiveOn, 0, Instant.MinValue, 0, null, adjustment));
                    }
                }

                events.Sort();
                ledger.Run(placement.PlacedBalance, events);
            }
        }

        return ledger;
    }

    /// <summary>What the payment applied, and what was left of the placed balance just before it.</summary>
    public (Money Applied, Money Left) Applied(PaymentId payment) => _applied[payment];

    private void Run(Money placedBalance, List<Event> events)
    {
        var left = placedBalance;
        var zero = Money.Zero(placedBalance.Currency);
        foreach (var e in events)
        {
            if (e.Adjustment is { } adjustment)
            {
                left = adjustment.Amount >= left ? zero : left - adjustment.Amount;
            }
            else if (e.Payment is { } payment && e.Step == 0)
            {
                var applied = payment.Amount <= left ? payment.Amount : left;
                _applied[payment.Id] = (applied, left);
                left -= applied;
            }
            else if (e.Payment is { } reversed && _applied.TryGetValue(reversed.Id, out var was))
            {
                left += was.Applied;
            }
        }
    }

    private readonly record struct Event(LocalDate Day, int Order, Instant At, int Step, Payment? Payment, AccountAdjustment? Adjustment) : IComparable<Event>
    {
        public int CompareTo(Event other)
        {
            var byDay = Day.CompareTo(other.Day);
            if (byDay != 0)
            {
                return byDay;
            }

            var byOrder = Order.CompareTo(other.Order);
            if (byOrder != 0)
            {
                return byOrder;
            }

            var byInstant = At.CompareTo(other.At);
            if (byInstant != 0)
            {
                return byInstant;
            }

            var byStep = Step.CompareTo(other.Step);
            if (byStep != 0)
            {
                return byStep;
            }

            return string.CompareOrdinal(Payment?.Id.Value ?? Adjustment?.Id.Value, other.Payment?.Id.Value ?? other.Adjustment?.Id.Value);
        }
    }
}
