using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>A creditor's prior written authorization (تفويض كتابي مسبق) to take accounts to the legal track: who signed it, in what role, when, what it covers, until when, whether it was revoked, and the SHA-256 of the signed document.</summary>
/// <remarks>
/// <para>Built with <see cref="WrittenAuthorizationBuilder"/>, which refuses a missing or malformed document hash, an
/// expiry before the signing date and an empty scope, naming the field. The signed document itself is kept by the host
/// (<see cref="IAuthorizationDocumentStore"/>); the hash here proves which document it was.</para>
/// <para>Valid for an account on a date when: the creditor is the account's creditor, it was signed on or before the
/// date, the date is not after <see cref="ValidThrough"/>, it was not revoked on or before the date, and its scope
/// covers the account (<see cref="Check"/>). No move to the legal track happens without one.</para>
/// </remarks>
public sealed record WrittenAuthorization
{
    internal WrittenAuthorization(
        AuthorizationId id, CreditorId creditor, string signerName, string signerRole, LocalDate signedOn, LocalDate validThrough,
        AuthorizationScope scope, DocumentHash documentSha256, AuthorizationRevocation? revocation)
    {
        Id = id;
        Creditor = creditor;
        SignerName = signerName;
        SignerRole = signerRole;
        SignedOn = signedOn;
        ValidThrough = validThrough;
        Scope = scope;
        DocumentSha256 = documentSha256;
        Revocation = revocation;
    }

    /// <summary>The authorization's reference.</summary>
    public AuthorizationId Id { get; }

    /// <summary>The creditor that gave it.</summary>
    public CreditorId Creditor { get; }

    /// <summary>Who signed it for the creditor.</summary>
    public string SignerName { get; }

    /// <summary>The signer's role (for example "Head of Collections").</summary>
    public string SignerRole { get; }

    /// <summary>The date it was signed; steps dated earlier are not covered.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>Its expiry: the last day it holds.</summary>
    public LocalDate ValidThrough { get; }

    /// <summary>What it covers.</summary>
    public AuthorizationScope Scope { get; }

    /// <summary>The SHA-256 of the signed document.</summary>
    public DocumentHash DocumentSha256 { get; }

    /// <summary>Its revocation, if the creditor revoked it.</summary>
    public AuthorizationRevocation? Revocation { get; }

    /// <summary>Whether it was revoked (from any date).</summary>
    public bool IsRevoked => Revocation is not null;

    /// <summary>The authorization with a revocation recorded.</summary>
    /// <param name="revocation">The revocation.</param>
    /// <returns>The revoked authorization.</returns>
    /// <exception cref="ArgumentNullException">The revocation is null.</exception>
    /// <exception cref="ArgumentException">The revocation is dated before the signing date.</exception>
    /// <exception cref="InvalidOperationException">It is already revoked.</exception>
    public WrittenAuthorization Revoke(AuthorizationRevocation revocation)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        if (Revocation is not null)
        {
            throw new InvalidOperationException($"Authorization '{Id}' was already revoked on {InvariantText.Date(Revocation.RevokedOn)}.");
        }

        if (revocation.RevokedOn < SignedOn)
        {
            throw new ArgumentException(
                $"Authorization '{Id}' was signed on {InvariantText.Date(SignedOn)}; it cannot be revoked from {InvariantText.Date(revocation.RevokedOn)}, before that.", nameof(revocation));
        }

        return new WrittenAuthorization(Id, Creditor, SignerName, SignerRole, SignedOn, ValidThrough, Scope, DocumentSha256, revocation);
    }

    /// <summary>Whether the authorization covers an account on a date, with every reason it does not.</summary>
    /// <param name="evidence">The account's evidence (identifiers, creditor, placement, days past due, balance).</param>
    /// <param name="on">The date of the step.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">The evidence is null.</exception>
    public AuthorizationCheck Check(EscalationEvidence evidence, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var refusals = new List<EscalationRefusal>();
        var id = TextArgument.Of("authorization", Id.Value);
        var date = TextArgument.Of("on", InvariantText.Date(on));
        if (Creditor != evidence.Account.Creditor)
        {
            refusals.Add(Refusal(
                EscalationRefusalCode.AuthorizationOtherCreditor,
                id,
                TextArgument.Of("authorization_creditor", Creditor.Value),
                TextArgument.Of("creditor", evidence.Account.Creditor.Value)));
        }

        if (on < SignedOn)
        {
            refusals.Add(Refusal(EscalationRefusalCode.AuthorizationNotYetSigned, id, date, TextArgument.Of("signed_on", InvariantText.Date(SignedOn))));
        }

        if (on > ValidThrough)
        {
            refusals.Add(Refusal(EscalationRefusalCode.AuthorizationExpired, id, date, TextArgument.Of("valid_through", InvariantText.Date(ValidThrough))));
        }

        if (Revocation is { } revocation && revocation.RevokedOn <= on)
        {
            refusals.Add(Refusal(
                EscalationRefusalCode.AuthorizationRevoked,
                id,
                date,
                TextArgument.Of("revoked_on", InvariantText.Date(revocation.RevokedOn)),
                TextArgument.Of("revoked_by", revocation.RevokedBy),
                TextArgument.Of("reason", revocation.Reason)));
        }

        if (!Scope.Covers(evidence))
        {
            refusals.Add(Refusal(
                EscalationRefusalCode.AuthorizationOutsideScope,
                id,
                TextArgument.Of("account", evidence.Account.AccountId.Value),
                TextArgument.Of("scope", Scope.Description)));
        }

        return new AuthorizationCheck(this, [.. refusals]);
    }

    private static EscalationRefusal Refusal(EscalationRefusalCode code, params TextArgument[] arguments) =>
        new(code, EscalationTexts.Format("refusal." + code.Code, arguments));
}
