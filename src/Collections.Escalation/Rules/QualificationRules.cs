using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>A creditor's rules for when an account qualifies for legal escalation (validated values; built with <see cref="EscalationRulesBuilder"/> or read from JSON).</summary>
/// <remarks>
/// <para>An account qualifies when all four hold on the as-of date:</para>
/// <list type="number">
/// <item><b>days past due</b> strictly above <see cref="DaysPastDueAbove"/> (90 means 91 or more);</item>
/// <item><b>balance</b> at least the minimum for its currency (<see cref="MinimumBalances"/>; a currency with no minimum never qualifies);</item>
/// <item><b>productive contact exhausted</b> in the last <see cref="PeriodDays"/> days (the as-of date included): at least
/// <see cref="MinimumRightPartyContacts"/> right-party contacts, or at least <see cref="MinimumAttempts"/> attempts on at
/// least <see cref="MinimumChannels"/> channels — and no promise to pay made in the period kept, in full or in part, or
/// still pending (a paying or promising debtor is still in productive contact);</item>
/// <item><b>no open dispute</b> (BRIEF: a dispute freezes contact about the debt; escalation waits for it too).</item>
/// </list>
/// </remarks>
public sealed record QualificationRules
{
    internal QualificationRules(
        int daysPastDueAbove, ImmutableArray<Money> minimumBalances, int periodDays, int minimumRightPartyContacts, int minimumAttempts, int minimumChannels)
    {
        DaysPastDueAbove = daysPastDueAbove;
        MinimumBalances = minimumBalances;
        PeriodDays = periodDays;
        MinimumRightPartyContacts = minimumRightPartyContacts;
        MinimumAttempts = minimumAttempts;
        MinimumChannels = minimumChannels;
    }

    /// <summary>Days past due must be strictly above this (0 or more).</summary>
    public int DaysPastDueAbove { get; }

    /// <summary>The minimum balance per currency (at most one per currency).</summary>
    public ImmutableArray<Money> MinimumBalances { get; }

    /// <summary>How many days back, the as-of date included, attempts and promises are counted.</summary>
    public int PeriodDays { get; }

    /// <summary>Right-party contacts in the period that show contact was made and did not produce a kept promise (1 or more).</summary>
    public int MinimumRightPartyContacts { get; }

    /// <summary>Attempts in the period that show the debtor cannot be reached (1 or more), together with <see cref="MinimumChannels"/>.</summary>
    public int MinimumAttempts { get; }

    /// <summary>Distinct channels those attempts must span (1 to 7).</summary>
    public int MinimumChannels { get; }

    /// <summary>The days attempts and promises are counted over for an as-of date: the last <see cref="PeriodDays"/> days, the as-of date included.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The period.</returns>
    public DateInterval PeriodFor(LocalDate asOf) => new(asOf.PlusDays(-(PeriodDays - 1)), asOf);

    /// <summary>The minimum balance for a currency, if the creditor set one.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The minimum, or null.</returns>
    public Money? MinimumBalanceIn(Currency currency) =>
        MinimumBalances.Where(m => m.Currency == currency).Select(m => (Money?)m).FirstOrDefault();

    internal QualificationResult Check(EscalationEvidence evidence) =>
        new(evidence, [CheckDaysPastDue(evidence), CheckBalance(evidence), CheckContact(evidence), CheckDispute(evidence)]);

    private QualificationCheck CheckDaysPastDue(EscalationEvidence evidence)
    {
        var met = evidence.DaysPastDue.Value > DaysPastDueAbove;
        return new QualificationCheck(
            QualificationCriterion.DaysPastDue,
            met,
            EscalationTexts.Format(
                met ? "check.days_past_due.met" : "check.days_past_due.unmet",
                TextArgument.Of("dpd", evidence.DaysPastDue.Value),
                TextArgument.Of("threshold", DaysPastDueAbove)));
    }

    private QualificationCheck CheckBalance(EscalationEvidence evidence)
    {
        var balance = TextArgument.Of("balance", InvariantText.Amount(evidence.Balance));
        if (MinimumBalanceIn(evidence.Balance.Currency) is not { } minimum)
        {
            return new QualificationCheck(
                QualificationCriterion.Balance,
                false,
                EscalationTexts.Format("check.balance.no_minimum", balance, TextArgument.Of("currency", evidence.Balance.Currency.Code)));
        }

        var met = evidence.Balance >= minimum;
        return new QualificationCheck(
            QualificationCriterion.Balance,
            met,
            EscalationTexts.Format(met ? "check.balance.met" : "check.balance.unmet", balance, TextArgument.Of("minimum", InvariantText.Amount(minimum))));
    }

    private QualificationCheck CheckContact(EscalationEvidence evidence)
    {
        var promises = evidence.Promises;
        var arguments = new[]
        {
            TextArgument.Of("rpcs", EscalationTexts.Count(evidence.RightPartyContacts, "rpc")),
            TextArgument.Of("minimum_rpcs", MinimumRightPartyContacts),
            TextArgument.Of("attempts", EscalationTexts.Count(evidence.Attempts, "attempt")),
            TextArgument.Of("channels", EscalationTexts.Count(evidence.ChannelsAttempted, "channel")),
            TextArgument.Of("minimum_attempts", MinimumAttempts),
            TextArgument.Of("minimum_channels", EscalationTexts.Count(MinimumChannels, "channel")),
            TextArgument.Of("kept", EscalationTexts.Count(promises.Kept + promises.PartiallyKept, "promise")),
            TextArgument.Of("pending", EscalationTexts.Count(promises.Pending, "promise")),
        };
        string key;
        if (promises.Kept + promises.PartiallyKept > 0)
        {
            key = "check.contact_exhausted.kept";
        }
        else if (promises.Pending > 0)
        {
            key = "check.contact_exhausted.pending";
        }
        else if (evidence.RightPartyContacts >= MinimumRightPartyContacts)
        {
            key = "check.contact_exhausted.rpc";
        }
        else if (evidence.Attempts >= MinimumAttempts && evidence.ChannelsAttempted >= MinimumChannels)
        {
            key = "check.contact_exhausted.attempts";
        }
        else
        {
            key = "check.contact_exhausted.not_enough";
        }

        var met = key is "check.contact_exhausted.rpc" or "check.contact_exhausted.attempts";
        return new QualificationCheck(QualificationCriterion.ContactExhausted, met, EscalationTexts.Format(key, arguments));
    }

    private static QualificationCheck CheckDispute(EscalationEvidence evidence) =>
        new(
            QualificationCriterion.NoOpenDispute,
            !evidence.HasOpenDispute,
            EscalationTexts.Get(evidence.HasOpenDispute ? "check.no_open_dispute.unmet" : "check.no_open_dispute.met"));
}
