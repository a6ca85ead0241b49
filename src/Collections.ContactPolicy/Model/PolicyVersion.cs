using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Which policy and version made a decision: the creditor, the version, who approved it and when, and from when it applies.</summary>
public sealed record PolicyVersion
{
    /// <summary>Creates a version record.</summary>
    /// <param name="policyId">The policy's identifier.</param>
    /// <param name="creditor">The creditor the policy belongs to.</param>
    /// <param name="version">The version label, for example <c>3</c> or <c>2026-02</c>.</param>
    /// <param name="approvedBy">Who approved it (name and role).</param>
    /// <param name="approvedOn">The date of approval.</param>
    /// <param name="effectiveFrom">The first day it applies, in the creditor's time zone.</param>
    /// <exception cref="ArgumentException">The version or approver is empty, or it takes effect before it was approved.</exception>
    public PolicyVersion(PolicyId policyId, CreditorId creditor, string version, string approvedBy, LocalDate approvedOn, LocalDate effectiveFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        if (effectiveFrom < approvedOn)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A policy cannot take effect ({effectiveFrom:uuuu-MM-dd}) before it is approved ({approvedOn:uuuu-MM-dd})."),
                nameof(effectiveFrom));
        }

        PolicyId = policyId;
        Creditor = creditor;
        Version = version;
        ApprovedBy = approvedBy;
        ApprovedOn = approvedOn;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The policy's identifier.</summary>
    public PolicyId PolicyId { get; }

    /// <summary>The creditor the policy belongs to.</summary>
    public CreditorId Creditor { get; }

    /// <summary>The version label.</summary>
    public string Version { get; }

    /// <summary>Who approved it.</summary>
    public string ApprovedBy { get; }

    /// <summary>The date of approval.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>The first day it applies, in the creditor's time zone.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The policy id and version, for example <c>acme-retail-sa v3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PolicyId} v{Version}";
}
