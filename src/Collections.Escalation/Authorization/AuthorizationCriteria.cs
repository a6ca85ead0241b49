using Collections.Core;

namespace Collections.Escalation;

/// <summary>The criteria an authorization's scope can state instead of listing accounts: every account of the creditor at least so many days past due and with a balance in a range.</summary>
/// <remarks>At least one criterion must be given (an authorization for "every account" is refused as an empty scope).
/// The criteria are read on the account's latest evidence (the case's <see cref="EscalationEvidence"/>); a balance bound
/// in another currency than the account's does not cover it.</remarks>
public sealed record AuthorizationCriteria
{
    /// <summary>Creates the criteria.</summary>
    /// <param name="daysPastDueAtLeast">The account is at least this many days past due, if given (0 or more).</param>
    /// <param name="balanceAtLeast">The balance is at least this, if given (zero or more).</param>
    /// <param name="balanceAtMost">The balance is at most this, if given (at least <paramref name="balanceAtLeast"/>, same currency).</param>
    /// <exception cref="ArgumentException">No criterion is given, or one is out of range; every problem listed.</exception>
    public AuthorizationCriteria(int? daysPastDueAtLeast = null, Money? balanceAtLeast = null, Money? balanceAtMost = null)
    {
        var problems = new List<string>();
        if (daysPastDueAtLeast is null && balanceAtLeast is null && balanceAtMost is null)
        {
            problems.Add("no criterion: give days past due, a balance range, or both");
        }

        if (daysPastDueAtLeast < 0)
        {
            problems.Add("daysPastDueAtLeast: must be 0 or more");
        }

        if (balanceAtLeast is { } low && (!low.Currency.IsSpecified || low.IsNegative))
        {
            problems.Add("balanceAtLeast: must be zero or more, with a currency");
        }

        if (balanceAtMost is { } high && (!high.Currency.IsSpecified || high.IsNegative))
        {
            problems.Add("balanceAtMost: must be zero or more, with a currency");
        }
        else if (balanceAtLeast is { } from && balanceAtMost is { } to && from.Currency.IsSpecified
            && (from.Currency != to.Currency || to < from))
        {
            problems.Add("balanceAtMost: must be in the currency of balanceAtLeast and not below it");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The authorization's criteria are not valid: " + string.Join("; ", problems) + ".", nameof(daysPastDueAtLeast));
        }

        DaysPastDueAtLeast = daysPastDueAtLeast;
        BalanceAtLeast = balanceAtLeast;
        BalanceAtMost = balanceAtMost;
    }

    /// <summary>The account is at least this many days past due, if given.</summary>
    public int? DaysPastDueAtLeast { get; }

    /// <summary>The balance is at least this, if given.</summary>
    public Money? BalanceAtLeast { get; }

    /// <summary>The balance is at most this, if given.</summary>
    public Money? BalanceAtMost { get; }

    /// <summary>Whether the evidence about an account meets every criterion.</summary>
    /// <param name="evidence">The account's evidence.</param>
    /// <returns><see langword="true"/> when every criterion given is met.</returns>
    public bool Covers(EscalationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var balance = evidence.Balance;
        return (DaysPastDueAtLeast is not { } dpd || evidence.DaysPastDue.Value >= dpd)
            && (BalanceAtLeast is not { } low || (low.Currency == balance.Currency && balance >= low))
            && (BalanceAtMost is not { } high || (high.Currency == balance.Currency && balance <= high));
    }

    /// <summary>The criteria in words.</summary>
    public BilingualText Description
    {
        get
        {
            var parts = new List<BilingualText>();
            if (DaysPastDueAtLeast is { } dpd)
            {
                parts.Add(EscalationTexts.Format("criteria.dpd", TextArgument.Of("dpd", dpd)));
            }

            if (BalanceAtLeast is { } low)
            {
                parts.Add(EscalationTexts.Format("criteria.balance_from", TextArgument.Of("amount", InvariantText.Amount(low))));
            }

            if (BalanceAtMost is { } high)
            {
                parts.Add(EscalationTexts.Format("criteria.balance_to", TextArgument.Of("amount", InvariantText.Amount(high))));
            }

            var list = TextArgument.List("x", parts);
            return new BilingualText(list.English, list.Arabic);
        }
    }
}
