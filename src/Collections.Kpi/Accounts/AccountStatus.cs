using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Where an account stands in collection, from new to closed; codes and values are persisted and never renumbered.</summary>
/// <remarks>The allowed moves between statuses are one table, <see cref="AccountStatusTransitions.All"/>; <see cref="TryTransition"/>
/// answers from it with the new status or a refusal and its reason (docs/rules/account-status.md shows the table as a diagram).</remarks>
public sealed class AccountStatus : SmartEnum<AccountStatus>
{
    /// <summary>Placed and not yet worked or reached (code <c>new</c>).</summary>
    public static readonly AccountStatus New = new("new", 1);

    /// <summary>The debtor was reached (right-party contact) and collection is under way (code <c>in_contact</c>).</summary>
    public static readonly AccountStatus InContact = new("in_contact", 2);

    /// <summary>A promise to pay or a payment plan is open (code <c>promised</c>).</summary>
    public static readonly AccountStatus Promised = new("promised", 3);

    /// <summary>Payments are being received and a balance is still open (code <c>paying</c>).</summary>
    public static readonly AccountStatus Paying = new("paying", 4);

    /// <summary>The balance was paid in full (code <c>paid</c>).</summary>
    public static readonly AccountStatus Paid = new("paid", 5);

    /// <summary>A settlement for less than the balance was agreed and paid (code <c>settled</c>).</summary>
    public static readonly AccountStatus Settled = new("settled", 6);

    /// <summary>The debtor disputes the debt: contact about it is frozen until the dispute is resolved (code <c>disputed</c>).</summary>
    public static readonly AccountStatus Disputed = new("disputed", 7);

    /// <summary>A legal hold freezes collection (code <c>legal_hold</c>).</summary>
    public static readonly AccountStatus LegalHold = new("legal_hold", 8);

    /// <summary>The creditor took the account back (code <c>recalled</c>).</summary>
    public static readonly AccountStatus Recalled = new("recalled", 9);

    /// <summary>Closed; final (code <c>closed</c>).</summary>
    public static readonly AccountStatus Closed = new("closed", 10);

    private AccountStatus(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>legal_hold</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["account_status." + Code];

    /// <summary>Whether no transition leaves this status (only <see cref="Closed"/>).</summary>
    public bool IsFinal => AccountStatusTransitions.From(this).IsEmpty;

    /// <summary>The statuses the table allows next from this one, in status order.</summary>
    public IReadOnlyList<AccountStatus> AllowedNext => [.. AccountStatusTransitions.From(this).Select(t => t.To)];

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<AccountStatus> All { get; } = [New, InContact, Promised, Paying, Paid, Settled, Disputed, LegalHold, Recalled, Closed];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>in_contact</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AccountStatus? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }

    /// <summary>Asks to move an account from this status to another: the new status, or a refusal with its reason.</summary>
    /// <remarks>Staying in the same status is allowed and changes nothing (a host that records the same event twice gets the same answer).</remarks>
    /// <param name="to">The status asked for.</param>
    /// <returns>The decision: allowed with the new status and the event that justifies it, or refused (the status unchanged) with
    /// the statuses that are allowed from here, in English and Arabic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    public AccountStatusDecision TryTransition(AccountStatus to)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to == this)
        {
            return new AccountStatusDecision(this, to, isAllowed: true, PromiseTextFormat.Fill("account_status.unchanged", ("from", Title)));
        }

        var transitions = AccountStatusTransitions.From(this);
        foreach (var transition in transitions)
        {
            if (transition.To == to)
            {
                return new AccountStatusDecision(this, to, isAllowed: true, PromiseTextFormat.Fill("account_status.allowed", ("from", Title), ("to", to.Title), ("when", transition.When)));
            }
        }

        var reason = transitions.IsEmpty
            ? PromiseTextFormat.Fill("account_status.refused_final", ("from", Title), ("to", to.Title))
            : PromiseTextFormat.Fill("account_status.refused", ("from", Title), ("to", to.Title), ("allowed", PromiseTextFormat.Join(transitions.Select(t => t.To.Title))));
        return new AccountStatusDecision(this, to, isAllowed: false, reason);
    }
}
