using System.Diagnostics.CodeAnalysis;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>Configures a <see cref="WrittenAuthorization"/>; <see cref="Build"/> checks every field at once and names each one at fault.</summary>
/// <remarks>
/// Refused, by field: a missing <see cref="Id"/>, <see cref="Creditor"/>, <see cref="SignerName"/>, <see cref="SignerRole"/>,
/// <see cref="SignedOn"/>, <see cref="ValidThrough"/> or <see cref="Scope"/> (an empty scope cannot even be created);
/// a missing or malformed <see cref="DocumentSha256"/> (64 hexadecimal digits); an expiry before the signing date; a
/// revocation dated before the signing date. Mutable by design (configure mutable, run immutable); also how a host
/// rebuilds a stored authorization.
/// </remarks>
public sealed class WrittenAuthorizationBuilder
{
    /// <summary>The authorization's reference (required).</summary>
    public AuthorizationId? Id { get; set; }

    /// <summary>The creditor that gave it (required).</summary>
    public CreditorId? Creditor { get; set; }

    /// <summary>Who signed it for the creditor (required).</summary>
    public string? SignerName { get; set; }

    /// <summary>The signer's role (required).</summary>
    public string? SignerRole { get; set; }

    /// <summary>The date it was signed (required).</summary>
    public LocalDate? SignedOn { get; set; }

    /// <summary>Its expiry: the last day it holds (required; not before <see cref="SignedOn"/>).</summary>
    public LocalDate? ValidThrough { get; set; }

    /// <summary>What it covers (required).</summary>
    public AuthorizationScope? Scope { get; set; }

    /// <summary>The SHA-256 of the signed document as 64 hexadecimal digits (required).</summary>
    public string? DocumentSha256 { get; set; }

    /// <summary>Its revocation, when rebuilding a revoked authorization from storage.</summary>
    public AuthorizationRevocation? Revocation { get; set; }

    /// <summary>Checks every field and returns the authorization.</summary>
    /// <returns>The authorization.</returns>
    /// <exception cref="EscalationDataException">A field is missing or wrong; every violation listed with its field.</exception>
    public WrittenAuthorization Build() =>
        TryBuild(out var authorization, out var violations)
            ? authorization
            : throw new EscalationDataException(Id is { } id ? $"written authorization '{id}'" : "written authorization", violations);

    /// <summary>Checks every field.</summary>
    /// <param name="authorization">The authorization when valid.</param>
    /// <param name="violations">Every violation when not.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public bool TryBuild([NotNullWhen(true)] out WrittenAuthorization? authorization, out IReadOnlyList<EscalationViolation> violations)
    {
        var list = new List<EscalationViolation>();
        void Add(string field, string message) => list.Add(new EscalationViolation(field, message));
        if (Id is not { Value: not null })
        {
            Add(nameof(Id), "is required");
        }

        if (Creditor is not { Value: not null })
        {
            Add(nameof(Creditor), "is required");
        }

        if (string.IsNullOrWhiteSpace(SignerName))
        {
            Add(nameof(SignerName), "is required (who signed for the creditor)");
        }

        if (string.IsNullOrWhiteSpace(SignerRole))
        {
            Add(nameof(SignerRole), "is required (the signer's role)");
        }

        if (SignedOn is null)
        {
            Add(nameof(SignedOn), "is required");
        }

        if (ValidThrough is null)
        {
            Add(nameof(ValidThrough), "is required (the last day the authorization holds)");
        }
        else if (SignedOn is { } signed && ValidThrough < signed)
        {
            Add(nameof(ValidThrough), $"{InvariantText.Date(ValidThrough.Value)} is before SignedOn {InvariantText.Date(signed)}: the authorization would expire before it was signed");
        }

        if (Scope is null)
        {
            Add(nameof(Scope), "is required (listed accounts, a placement, or criteria); an empty scope authorizes nothing");
        }

        DocumentHash hash = default;
        if (string.IsNullOrWhiteSpace(DocumentSha256))
        {
            Add(nameof(DocumentSha256), "is required (the SHA-256 of the signed document, 64 hexadecimal digits)");
        }
        else if (!DocumentHash.TryParse(DocumentSha256, out hash))
        {
            Add(nameof(DocumentSha256), $"'{DocumentSha256}' is not a SHA-256 (64 hexadecimal digits)");
        }

        if (Revocation is { } revocation && SignedOn is { } signedOn && revocation.RevokedOn < signedOn)
        {
            Add(nameof(Revocation), $"revoked on {InvariantText.Date(revocation.RevokedOn)}, before it was signed on {InvariantText.Date(signedOn)}");
        }

        violations = list;
        authorization = list.Count > 0
            ? null
            : new WrittenAuthorization(Id!.Value, Creditor!.Value, SignerName!, SignerRole!, SignedOn!.Value, ValidThrough!.Value, Scope!, hash, Revocation);
        return authorization is not null;
    }
}
