using System.Diagnostics.CodeAnalysis;

namespace Collections.Core.Audit;

/// <summary>What an audited action was about: an account, a debtor, a creditor, a policy, a fee statement.</summary>
/// <remarks>
/// Written as <c>kind:id</c> by the factories (<c>account:0000611365</c>), so that one log can hold actions on several
/// kinds of things and a reader can filter them; any other valid text is accepted for the host's own subjects.
/// </remarks>
public readonly record struct AuditSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space, control characters or unpaired surrogates.</param>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is not valid.</exception>
    public AuditSubject(string value)
    {
        AuditText.Validate(value, nameof(value), "An AuditSubject");
        Value = value;
    }

    /// <summary>The subject's text.</summary>
    public string Value { get; }

    /// <summary>The subject for an account: <c>account:</c> and the account's identifier.</summary>
    /// <param name="id">The account.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static AuditSubject ForAccount(AccountId id) => Of("account", id.Value, nameof(id));

    /// <summary>The subject for a debtor: <c>debtor:</c> and the debtor's identifier.</summary>
    /// <param name="id">The debtor.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static AuditSubject ForDebtor(DebtorId id) => Of("debtor", id.Value, nameof(id));

    /// <summary>The subject for a creditor: <c>creditor:</c> and the creditor's identifier.</summary>
    /// <param name="id">The creditor.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static AuditSubject ForCreditor(CreditorId id) => Of("creditor", id.Value, nameof(id));

    /// <summary>Tries to create a subject from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="subject">The subject when valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out AuditSubject subject)
    {
        subject = AuditText.IsValid(value) ? new AuditSubject(value) : default;
        return AuditText.IsValid(value);
    }

    /// <summary>The subject's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static AuditSubject Of(string kind, string? id, string parameterName) =>
        id is null
            ? throw new ArgumentException($"The {kind} identifier is the default value, not an identifier.", parameterName)
            : new AuditSubject(kind + ":" + id);
}
