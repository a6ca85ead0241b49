using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Several payments of one account applied in value-date order: each payment's allocation, the items still open and the unapplied credit.</summary>
public sealed record AccountAllocation
{
    internal AccountAllocation(
        AccountId accountId,
        ImmutableArray<PaymentAllocation> allocations,
        ImmutableArray<OpenItem> openItems,
        Money unappliedCredit,
        ImmutableArray<PaymentId> reversedPayments,
        ImmutableArray<PaymentId> unmatchedReversals)
    {
        AccountId = accountId;
        Allocations = allocations;
        OpenItems = openItems;
        UnappliedCredit = unappliedCredit;
        ReversedPayments = reversedPayments;
        UnmatchedReversals = unmatchedReversals;
    }

    /// <summary>The account.</summary>
    public AccountId AccountId { get; }

    /// <summary>Each payment's allocation, in the order applied (value date, posting instant, payment id).</summary>
    public ImmutableArray<PaymentAllocation> Allocations { get; }

    /// <summary>The items still open after every payment, in allocation order.</summary>
    public ImmutableArray<OpenItem> OpenItems { get; }

    /// <summary>The unapplied credit of all payments, in the account's currency.</summary>
    public Money UnappliedCredit { get; }

    /// <summary>Payments left out because they were reversed (a reversed payment is allocated as if it had never been made).</summary>
    public ImmutableArray<PaymentId> ReversedPayments { get; }

    /// <summary>Payments named by a reversal but not among the payments given, by id in order: those reversals took nothing
    /// out (the payment may be outside the set allocated, for example an earlier period's) and are listed here so that they
    /// are not lost; empty when every reversal found its payment.</summary>
    public ImmutableArray<PaymentId> UnmatchedReversals { get; }
}
