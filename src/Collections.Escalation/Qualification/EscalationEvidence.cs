using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>What the host knows about an account on a date, as the qualification rules read it: days past due, balance, open dispute, and the contact effort and promises of the period.</summary>
/// <remarks>
/// <para>The host computes these from its own records (or with Collections.Kpi) and passes them as values; this package
/// counts nothing itself. The period is the one the creditor's rules name: <see cref="QualificationRules.PeriodFor"/>
/// gives it for an as-of date, and <see cref="EscalationRules.Qualify"/> refuses evidence counted over another period.</para>
/// <para>Definitions (docs/kpi-definitions.md): an attempt is one outbound try on one channel to one contact point; a
/// right-party contact is an attempt in which the debtor or an authorised representative was reached and identified.</para>
/// </remarks>
public sealed record EscalationEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The date the figures are as of (the period's last day).</param>
    /// <param name="daysPastDue">Days past due on that date.</param>
    /// <param name="balance">The balance owed on that date.</param>
    /// <param name="hasOpenDispute">Whether a dispute about the debt is open.</param>
    /// <param name="period">The days the attempts and promises were counted over, ending on <paramref name="asOf"/>.</param>
    /// <param name="channels">Attempts and right-party contacts per channel in the period (a channel at most once).</param>
    /// <param name="promises">Promises to pay made in the period, by outcome.</param>
    /// <exception cref="ArgumentException">Something is missing or inconsistent; every problem listed.</exception>
    public EscalationEvidence(
        EscalationAccount account,
        LocalDate asOf,
        DaysPastDue daysPastDue,
        Money balance,
        bool hasOpenDispute,
        DateInterval period,
        IEnumerable<ChannelActivity> channels,
        PromiseSummary promises)
    {
        var problems = new List<string>();
        if (account is null)
        {
            problems.Add("account: is required");
        }

        if (!balance.Currency.IsSpecified)
        {
            problems.Add("balance: needs a currency");
        }

        if (period is null)
        {
            problems.Add("period: is required");
        }
        else if (period.End != asOf)
        {
            problems.Add($"period: must end on the as-of date {InvariantText.Date(asOf)} (it ends on {InvariantText.Date(period.End)})");
        }

        var list = channels?.ToList();
        if (list is null)
        {
            problems.Add("channels: is required (empty when nothing was attempted)");
        }
        else if (list.Any(c => c is null))
        {
            problems.Add("channels: contains null");
        }
        else if (list.GroupBy(c => c.Channel).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            problems.Add($"channels: '{repeated.Key.Code}' is listed more than once");
        }

        if (promises is null)
        {
            problems.Add("promises: is required (PromiseSummary.None when none were made)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The escalation evidence is not valid: " + string.Join("; ", problems) + ".", problems[0][..problems[0].IndexOf(':', StringComparison.Ordinal)]);
        }

        Account = account!;
        AsOf = asOf;
        DaysPastDue = daysPastDue;
        Balance = balance;
        HasOpenDispute = hasOpenDispute;
        Period = period!;
        Channels = [.. list!.OrderBy(c => c.Channel.Value)];
        Promises = promises!;
    }

    /// <summary>The account.</summary>
    public EscalationAccount Account { get; }

    /// <summary>The date the figures are as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Days past due on that date.</summary>
    public DaysPastDue DaysPastDue { get; }

    /// <summary>The balance owed on that date.</summary>
    public Money Balance { get; }

    /// <summary>Whether a dispute about the debt is open.</summary>
    public bool HasOpenDispute { get; }

    /// <summary>The days the attempts and promises were counted over.</summary>
    public DateInterval Period { get; }

    /// <summary>Attempts and right-party contacts per channel, ordered by channel.</summary>
    public ImmutableArray<ChannelActivity> Channels { get; }

    /// <summary>Promises to pay made in the period, by outcome.</summary>
    public PromiseSummary Promises { get; }

    /// <summary>Attempts in the period, on every channel.</summary>
    public int Attempts => Channels.Sum(c => c.Attempts);

    /// <summary>Right-party contacts in the period, on every channel.</summary>
    public int RightPartyContacts => Channels.Sum(c => c.RightPartyContacts);

    /// <summary>Channels with at least one attempt in the period.</summary>
    public int ChannelsAttempted => Channels.Count(c => c.Attempts > 0);

    /// <summary>The attempts and promises in words, in English and Arabic.</summary>
    /// <remarks>For example: "In the 90 days from 2026-01-02 to 2026-03-31: 14 attempts on 3 channels (Call 8, SMS 4, Letter 2),
    /// 3 right-party contacts; 2 promises to pay: 0 kept, 0 partially kept, 2 broken, 0 pending."</remarks>
    public BilingualText Summary
    {
        get
        {
            var attempted = Channels.Where(c => c.Attempts > 0).ToList();
            var byChannel = TextArgument.List("x", attempted.Select(c => new BilingualText(
                c.Channel.Title.English + " " + InvariantText.Number(c.Attempts),
                c.Channel.Title.Arabic + " " + InvariantText.Number(c.Attempts))));
            return EscalationTexts.Format(
                "evidence.summary",
                TextArgument.Of("days", EscalationTexts.Count(Period.Length, "day")),
                TextArgument.Of("from", InvariantText.Date(Period.Start)),
                TextArgument.Of("to", InvariantText.Date(Period.End)),
                TextArgument.Of("attempts", EscalationTexts.Count(Attempts, "attempt")),
                TextArgument.Of("channels", EscalationTexts.Count(ChannelsAttempted, "channel")),
                attempted.Count == 0
                    ? TextArgument.Of("by_channel", string.Empty)
                    : new TextArgument("by_channel", " (" + byChannel.English + ")", " (" + byChannel.Arabic + ")"),
                TextArgument.Of("rpcs", EscalationTexts.Count(RightPartyContacts, "rpc")),
                TextArgument.Of("promises", EscalationTexts.Count(Promises.Made, "promise")),
                TextArgument.Of("kept", Promises.Kept),
                TextArgument.Of("partial", Promises.PartiallyKept),
                TextArgument.Of("broken", Promises.Broken),
                TextArgument.Of("pending", Promises.Pending));
        }
    }
}
