using Collections.Core.Audit;

namespace Collections.Kpi.Governance;

/// <summary>Where a governance report's figures come from: the SHA-256 of its inputs in the documented canonical order, and
/// the audit head (count and hash) the report was computed at.</summary>
/// <remarks>The canonical order is docs/governance-report.md's: the same inputs give the same hash whatever order they were
/// added in. The audit head is recorded beside the hash, not inside it.</remarks>
/// <param name="InputSha256">SHA-256 of the canonical input text, 64 lower-case hex digits.</param>
/// <param name="AuditHead">The audit trail's head when the report was computed (<see cref="AuditHead.Empty"/> when the host gave none).</param>
/// <param name="CanonicalFormVersion">The version of the canonical form the hash was computed over.</param>
public sealed record GovernanceProvenance(string InputSha256, AuditHead AuditHead, int CanonicalFormVersion);
