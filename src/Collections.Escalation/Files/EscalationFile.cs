using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>The escalation file of one account, as a lawyer reads it: the debtor, the debt item by item, the contact history, the promises to pay, the creditor's written authorization and the case's steps.</summary>
/// <remarks>
/// A value assembled from the host's records with <see cref="Create"/>, which checks that every part is about the case's
/// account, debtor and currency. Rendering (HTML for print, Arabic and English) is the host's: see
/// samples/Collections.Samples.EscalationFile.
/// </remarks>
public sealed record EscalationFile
{
    private EscalationFile(
        EscalationCase escalationCase, Debtor debtor, ImmutableArray<ReceivableItem> items, ImmutableArray<ContactAttempt> attempts,
        ImmutableArray<PromiseToPay> promises, WrittenAuthorization? authorization, LocalDate asOf)
    {
        Case = escalationCase;
        Debtor = debtor;
        Items = items;
        Attempts = attempts;
        Promises = promises;
        Authorization = authorization;
        AsOf = asOf;
        Balance = items.Aggregate(Money.Zero(escalationCase.Currency), (sum, item) => sum + item.OpenAmountOn(asOf));
        var oldest = items.Where(i => i.OpenAmountOn(asOf).IsPositive).Select(i => (LocalDate?)i.DueOn).Min();
        DaysPastDue = oldest is { } due ? DaysPastDue.Between(due, asOf) : DaysPastDue.Current;
        ContactByChannel =
        [
            .. attempts.GroupBy(a => a.Channel).OrderBy(g => g.Key.Value)
                .Select(g => new ChannelActivity(g.Key, g.Count(), g.Count(a => a.Outcome.IsRightPartyContact))),
        ];
        AuthorizationCheck = authorization?.Check(escalationCase.Evidence, asOf);
    }

    /// <summary>The case.</summary>
    public EscalationCase Case { get; }

    /// <summary>The debtor.</summary>
    public Debtor Debtor { get; }

    /// <summary>The debt's items, by due date.</summary>
    public ImmutableArray<ReceivableItem> Items { get; }

    /// <summary>The contact attempts about the debt, oldest first.</summary>
    public ImmutableArray<ContactAttempt> Attempts { get; }

    /// <summary>The promises to pay, oldest first.</summary>
    public ImmutableArray<PromiseToPay> Promises { get; }

    /// <summary>The creditor's written authorization, if the case has one (or the host shows the one that will cover it).</summary>
    public WrittenAuthorization? Authorization { get; }

    /// <summary>Whether that authorization covers the account on the file's date, with the reasons if not.</summary>
    public AuthorizationCheck? AuthorizationCheck { get; }

    /// <summary>The date the file is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The balance owed on that date: the items' open amounts.</summary>
    public Money Balance { get; }

    /// <summary>Days past due on that date (of the oldest item with an open amount).</summary>
    public DaysPastDue DaysPastDue { get; }

    /// <summary>The attempts per channel, with their right-party contacts.</summary>
    public ImmutableArray<ChannelActivity> ContactByChannel { get; }

    /// <summary>Assembles the file, checking that every part belongs to the case.</summary>
    /// <param name="escalationCase">The case.</param>
    /// <param name="debtor">The case's debtor.</param>
    /// <param name="items">The debt's items.</param>
    /// <param name="attempts">The contact attempts about the debt.</param>
    /// <param name="promises">The promises to pay.</param>
    /// <param name="authorization">The written authorization, if any (the case's own, when it has one).</param>
    /// <param name="asOf">The file's date.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A part is about another account, debtor, currency or authorization; every problem listed.</exception>
    public static EscalationFile Create(
        EscalationCase escalationCase,
        Debtor debtor,
        IEnumerable<ReceivableItem> items,
        IEnumerable<ContactAttempt> attempts,
        IEnumerable<PromiseToPay> promises,
        WrittenAuthorization? authorization,
        LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(escalationCase);
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(promises);
        var account = escalationCase.Account;
        var itemList = items.OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToImmutableArray();
        var attemptList = attempts.OrderBy(a => a.At).ToImmutableArray();
        var promiseList = promises.OrderBy(p => p.MadeOn).ToImmutableArray();
        var problems = new List<string>();
        if (debtor.Id != account.DebtorId)
        {
            problems.Add($"debtor: is '{debtor.Id}', the case's debtor is '{account.DebtorId}'");
        }

        if (itemList.FirstOrDefault(i => i.AccountId != account.AccountId || i.Amount.Currency != escalationCase.Currency) is { } item)
        {
            problems.Add($"items: '{item.Id}' is on account '{item.AccountId}' in {item.Amount.Currency.Code}; the case is account '{account.AccountId}' in {escalationCase.Currency.Code}");
        }

        if (attemptList.FirstOrDefault(a => a.AccountId != account.AccountId) is { } attempt)
        {
            problems.Add($"attempts: one is about account '{attempt.AccountId}', not '{account.AccountId}'");
        }

        if (promiseList.Any(p => p.Promised.Currency != escalationCase.Currency))
        {
            problems.Add($"promises: one is not in {escalationCase.Currency.Code}");
        }

        if (authorization is not null && escalationCase.AuthorizationId is { } id && authorization.Id != id)
        {
            problems.Add($"authorization: is '{authorization.Id}', the case is authorized under '{id}'");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The escalation file of case '{escalationCase.Id}' cannot be assembled: " + string.Join("; ", problems) + ".", problems[0][..problems[0].IndexOf(':', StringComparison.Ordinal)]);
        }

        return new EscalationFile(escalationCase, debtor, itemList, attemptList, promiseList, authorization, asOf);
    }
}
