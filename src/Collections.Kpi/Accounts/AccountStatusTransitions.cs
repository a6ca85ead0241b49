using System.Collections.Immutable;
using System.Text;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The one table of allowed account-status changes, and its Mermaid state diagram.</summary>
/// <remarks>
/// <para>Every move an account may make is a row here and nowhere else: <see cref="AccountStatus.TryTransition"/> reads it,
/// and docs/rules/account-status.md is generated from it (a test fails when the committed copy is stale).</para>
/// <para>The shape: working statuses (new, in contact, promised, paying) may move to each other as contact, promises and
/// payments happen, and to paid, settled, disputed, legal hold or recalled; a broken promise or a defaulted plan goes back
/// to in contact; a dispute or a legal hold ends in contact again, paid, settled, recalled or closed; a reversal reopens a
/// paid or settled account; paid, settled and recalled accounts are closed; closed is final.</para>
/// </remarks>
public static class AccountStatusTransitions
{
    private static readonly ImmutableArray<AccountStatusTransition> Table =
    [
        Row(AccountStatus.New, AccountStatus.InContact, "right_party_contact"),
        Row(AccountStatus.New, AccountStatus.Promised, "promise_recorded"),
        Row(AccountStatus.New, AccountStatus.Paying, "payment_received"),
        Row(AccountStatus.New, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.New, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.New, AccountStatus.Disputed, "dispute_opened"),
        Row(AccountStatus.New, AccountStatus.LegalHold, "legal_hold_placed"),
        Row(AccountStatus.New, AccountStatus.Recalled, "recalled_by_creditor"),

        Row(AccountStatus.InContact, AccountStatus.Promised, "promise_recorded"),
        Row(AccountStatus.InContact, AccountStatus.Paying, "payment_received"),
        Row(AccountStatus.InContact, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.InContact, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.InContact, AccountStatus.Disputed, "dispute_opened"),
        Row(AccountStatus.InContact, AccountStatus.LegalHold, "legal_hold_placed"),
        Row(AccountStatus.InContact, AccountStatus.Recalled, "recalled_by_creditor"),

        Row(AccountStatus.Promised, AccountStatus.InContact, "promise_broken"),
        Row(AccountStatus.Promised, AccountStatus.Paying, "payment_received"),
        Row(AccountStatus.Promised, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.Promised, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.Promised, AccountStatus.Disputed, "dispute_opened"),
        Row(AccountStatus.Promised, AccountStatus.LegalHold, "legal_hold_placed"),
        Row(AccountStatus.Promised, AccountStatus.Recalled, "recalled_by_creditor"),

        Row(AccountStatus.Paying, AccountStatus.InContact, "promise_broken"),
        Row(AccountStatus.Paying, AccountStatus.Promised, "promise_recorded"),
        Row(AccountStatus.Paying, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.Paying, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.Paying, AccountStatus.Disputed, "dispute_opened"),
        Row(AccountStatus.Paying, AccountStatus.LegalHold, "legal_hold_placed"),
        Row(AccountStatus.Paying, AccountStatus.Recalled, "recalled_by_creditor"),

        Row(AccountStatus.Paid, AccountStatus.InContact, "payment_reversed"),
        Row(AccountStatus.Paid, AccountStatus.Closed, "account_closed"),

        Row(AccountStatus.Settled, AccountStatus.InContact, "payment_reversed"),
        Row(AccountStatus.Settled, AccountStatus.Closed, "account_closed"),

        Row(AccountStatus.Disputed, AccountStatus.InContact, "dispute_rejected"),
        Row(AccountStatus.Disputed, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.Disputed, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.Disputed, AccountStatus.LegalHold, "legal_hold_placed"),
        Row(AccountStatus.Disputed, AccountStatus.Recalled, "recalled_by_creditor"),
        Row(AccountStatus.Disputed, AccountStatus.Closed, "dispute_upheld"),

        Row(AccountStatus.LegalHold, AccountStatus.InContact, "legal_hold_lifted"),
        Row(AccountStatus.LegalHold, AccountStatus.Paid, "paid_in_full"),
        Row(AccountStatus.LegalHold, AccountStatus.Settled, "settlement_paid"),
        Row(AccountStatus.LegalHold, AccountStatus.Recalled, "recalled_by_creditor"),
        Row(AccountStatus.LegalHold, AccountStatus.Closed, "account_closed"),

        Row(AccountStatus.Recalled, AccountStatus.Closed, "account_closed"),
    ];

    private static readonly ImmutableArray<ImmutableArray<AccountStatusTransition>> ByFrom =
    [
        .. Enumerable.Range(0, AccountStatus.All.Max(s => s.Value) + 1)
            .Select(value => Table.Where(t => t.From.Value == value).OrderBy(t => t.To.Value).ToImmutableArray()),
    ];

    /// <summary>Every allowed transition, grouped by the status before, in status order.</summary>
    public static ImmutableArray<AccountStatusTransition> All => Table;

    /// <summary>The Mermaid state diagram of the table (<c>stateDiagram-v2</c>), with titles and events in one language.</summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The diagram source, starting at <c>new</c> and ending at <c>closed</c>.</returns>
    public static string ToMermaid(Language language)
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        foreach (var status in AccountStatus.All)
        {
            text.Append("    state \"").Append(status.Title.In(language)).Append("\" as ").Append(status.Code).Append('\n');
        }

        text.Append("    [*] --> ").Append(AccountStatus.New.Code).Append('\n');
        foreach (var transition in Table)
        {
            text.Append("    ").Append(transition.From.Code).Append(" --> ").Append(transition.To.Code)
                .Append(" : ").Append(transition.When.In(language)).Append('\n');
        }

        foreach (var status in AccountStatus.All.Where(s => s.IsFinal))
        {
            text.Append("    ").Append(status.Code).Append(" --> [*]\n");
        }

        return text.ToString();
    }

    internal static ImmutableArray<AccountStatusTransition> From(AccountStatus status) => ByFrom[status.Value];

    private static AccountStatusTransition Row(AccountStatus from, AccountStatus to, string eventCode) => new(from, to, eventCode);
}
