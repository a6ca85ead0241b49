using Collections.Core;

namespace Collections.Escalation;

/// <summary>The account an escalation is about: the debt, its debtor, the creditor it belongs to and, when known, the placement it came in.</summary>
public sealed record EscalationAccount
{
    /// <summary>Creates the account's description.</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="debtorId">Its debtor.</param>
    /// <param name="creditor">The creditor it belongs to.</param>
    /// <param name="placement">The placement it came in, when known (authorizations can cover a whole placement).</param>
    /// <exception cref="ArgumentException">An identifier is the default value; every one listed.</exception>
    public EscalationAccount(AccountId accountId, DebtorId debtorId, CreditorId creditor, PlacementId? placement = null)
    {
        var missing = new List<string>();
        if (accountId.Value is null)
        {
            missing.Add(nameof(accountId));
        }

        if (debtorId.Value is null)
        {
            missing.Add(nameof(debtorId));
        }

        if (creditor.Value is null)
        {
            missing.Add(nameof(creditor));
        }

        if (placement is { Value: null })
        {
            missing.Add(nameof(placement));
        }

        if (missing.Count > 0)
        {
            throw new ArgumentException("An escalation account needs real identifiers; the default value was given for: " + string.Join(", ", missing) + ".", missing[0]);
        }

        AccountId = accountId;
        DebtorId = debtorId;
        Creditor = creditor;
        Placement = placement;
    }

    /// <summary>The debt.</summary>
    public AccountId AccountId { get; }

    /// <summary>Its debtor.</summary>
    public DebtorId DebtorId { get; }

    /// <summary>The creditor it belongs to.</summary>
    public CreditorId Creditor { get; }

    /// <summary>The placement it came in, when known.</summary>
    public PlacementId? Placement { get; }
}
