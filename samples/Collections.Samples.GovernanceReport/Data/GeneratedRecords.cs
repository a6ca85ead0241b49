using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Samples.GovernanceReport.Data;

/// <summary>A creditor of the synthetic quarter (names are invented).</summary>
internal sealed record CreditorRecord(CreditorId Id, BilingualText Name);

/// <summary>An agent (invented code and name).</summary>
internal sealed record AgentRecord(string Code, BilingualText Name);

/// <summary>An approved template or call script (invented).</summary>
internal sealed record TemplateRecord(string Code, Channel Channel, BilingualText Name);

/// <summary>A segment of the portfolio.</summary>
internal sealed record SegmentRecord(SegmentId Id, BilingualText Name);

/// <summary>An account placed with the agency: its segment, when it was placed, the balance placed and the monthly installment.</summary>
internal sealed record AccountRecord(AccountId Id, CreditorId Creditor, SegmentId Segment, string Agent, LocalDate PlacedOn, Money PlacedBalance, Money Installment);

/// <summary>One outbound attempt on one channel: outcome, agent (empty for automated messages), template, what the contact recorded.</summary>
internal sealed record AttemptRecord(AccountId Account, LocalDate Day, Channel Channel, AttemptOutcome Outcome, string Agent, string Template, bool Promise, bool PaymentTaken, bool Dispute, bool Callback, int HandleSeconds);

/// <summary>A promise to pay made on a right-party contact.</summary>
internal sealed record PromiseRecord(string Id, AccountId Account, LocalDate CreatedOn, Money Amount, LocalDate DueOn, Channel Channel, string Agent, string Template);

/// <summary>A payment received (value date; posted the same day at noon in Riyadh).</summary>
internal sealed record PaymentRecord(string Id, AccountId Account, LocalDate ValueDate, Money Amount);

/// <summary>A complaint about the collection work.</summary>
internal sealed record ComplaintRecord(AccountId Account, LocalDate Day, Channel Channel, string Agent);

/// <summary>An account's days past due and balance at the end of a snapshot day.</summary>
internal sealed record SnapshotRecord(AccountId Account, LocalDate Date, int DaysPastDue, Money Balance);

/// <summary>A channel's unit cost per attempt.</summary>
internal sealed record ChannelCost(Channel Channel, Money PerAttempt);

/// <summary>The generated quarters (the report's and the one before, for comparison): reference data, the facts, and the
/// aging snapshots (each Saturday, each month end, the day before the previous quarter).</summary>
internal sealed record GovernanceData(
    int Seed,
    DateInterval Quarter,
    DateInterval PreviousQuarter,
    Currency Currency,
    ImmutableArray<CreditorRecord> Creditors,
    ImmutableArray<SegmentRecord> Segments,
    ImmutableArray<AgentRecord> Agents,
    ImmutableArray<TemplateRecord> Templates,
    ImmutableArray<ChannelCost> ChannelCosts,
    ImmutableArray<AccountRecord> Accounts,
    ImmutableArray<AttemptRecord> Attempts,
    ImmutableArray<PromiseRecord> Promises,
    ImmutableArray<PaymentRecord> Payments,
    ImmutableArray<ComplaintRecord> Complaints,
    ImmutableArray<SnapshotRecord> Snapshots)
{
    /// <summary>The last day payments are known: the day after the grace days of a promise due on the quarter's last day,
    /// so every promise falling due in the quarter is decided (a promise is pending through its last grace day).</summary>
    public LocalDate AsOf => Quarter.End.PlusDays(QuarterGenerator.GraceDays + 1);
}
