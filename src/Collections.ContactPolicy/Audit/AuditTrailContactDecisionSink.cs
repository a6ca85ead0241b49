using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Records the gate's decisions and policy version changes in Collections.Core's hash-chained audit trail (سجل تدقيق).</summary>
/// <remarks>
/// <para><b>Decisions</b>, allowed and refused, are appended as <c>contact_policy.allowed</c> /
/// <c>contact_policy.refused</c> about <c>account:&lt;id&gt;</c>, with a canonical payload: <c>purpose</c>
/// (<c>attempt</c> or <c>check</c>), <c>attempt</c> (the permit's id, when issued), <c>account</c>, <c>debtor</c>,
/// <c>contact_point</c>, <c>channel</c>, <c>recipient</c>, <c>template</c>, <c>stage</c>, <c>at</c>, <c>zones</c>,
/// <c>zone_basis</c>, <c>policy</c>, <c>policy_version</c>, <c>policy_sha256</c>, <c>allowed</c>, <c>reasons</c> (rule
/// codes), <c>rules</c> (rule ids, same order), <c>next_allowed</c> and <c>next_allowed_at</c>.</para>
/// <para><b>Version changes</b> are appended as <c>contact_policy.version_changed</c> about <c>creditor:&lt;id&gt;</c>,
/// with <c>policy</c>, <c>creditor</c>, <c>from</c> and <c>to</c> (<c>version</c>, <c>sha256</c>, <c>approved_by</c>,
/// <c>approved_on</c>, <c>effective_from</c>), <c>sha256</c> (the new version's), <c>active_from</c> and <c>basis</c>.</para>
/// <para><b>No version decides unannounced.</b> Before the first decision of a version this sink has not seen, it looks
/// back through the log (as far as the version's approval date) for a change to that version or a decision by it; if
/// there is none — a host restarted on a new policy file — it appends the change first (basis
/// <c>first_decision</c>, <c>from</c> the last version of the policy found in the log). So in the log every decision is
/// preceded by the change to the version that made it.</para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlim's wait handle is never created, so it holds nothing to release.")]
public sealed class AuditTrailContactDecisionSink : IContactDecisionSink
{
    private const int ReadBackWindow = 512;

    private readonly ConcurrentDictionary<string, bool> _announced = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _announcing = new(1, 1);

    /// <summary>Creates the sink.</summary>
    /// <param name="trail">The audit trail.</param>
    /// <param name="actor">Who is recorded as deciding (default <c>system:contact-gate</c>).</param>
    /// <exception cref="ArgumentNullException">The trail is null.</exception>
    public AuditTrailContactDecisionSink(AuditTrail trail, AuditActor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(trail);
        Trail = trail;
        Actor = actor is { Value: not null } given ? given : new AuditActor("system:contact-gate");
    }

    /// <summary>The audit trail written to.</summary>
    public AuditTrail Trail { get; }

    /// <summary>Who is recorded as deciding.</summary>
    public AuditActor Actor { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The record is null.</exception>
    public async Task RecordAsync(ContactDecisionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await EnsureAnnouncedAsync(record.Policy, record.Request.At, cancellationToken).ConfigureAwait(false);
        var action = record.Decision.IsAllowed ? AuditAction.ContactPolicyAllowed : AuditAction.ContactPolicyRefused;
        await Trail.AppendAsync(Actor, action, AuditSubject.ForAccount(record.Request.AccountId), ContactAuditPayloads.Decision(record), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The change is null.</exception>
    public async Task RecordVersionChangeAsync(ContactPolicyChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var version = change.To.Version;
        var from = change.From is null ? null : ContactAuditPayloads.Facts(change.From);
        var payload = ContactAuditPayloads.VersionChange(version.PolicyId, version.Creditor, from, change.To, change.ActiveFrom, change.Basis);
        await Trail.AppendAsync(change.ActivatedBy, AuditAction.ContactPolicyVersionChanged, AuditSubject.ForCreditor(version.Creditor), payload, cancellationToken).ConfigureAwait(false);
        _announced[change.To.Sha256] = true;
    }

    private async Task EnsureAnnouncedAsync(ContactPolicy policy, Instant decidedAt, CancellationToken cancellationToken)
    {
        if (_announced.ContainsKey(policy.Sha256))
        {
            return;
        }

        await _announcing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_announced.ContainsKey(policy.Sha256))
            {
                return;
            }

            var (found, previous) = await FindInLogAsync(policy, cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                var version = policy.Version;
                // Found in force at this decision: when it took over is not known, so the decision's instant is recorded.
                var payload = ContactAuditPayloads.VersionChange(version.PolicyId, version.Creditor, previous, policy, decidedAt, ContactPolicyChangeBasis.FirstDecision);
                await Trail.AppendAsync(Actor, AuditAction.ContactPolicyVersionChanged, AuditSubject.ForCreditor(version.Creditor), payload, cancellationToken).ConfigureAwait(false);
            }

            _announced[policy.Sha256] = true;
        }
        finally
        {
            _announcing.Release();
        }
    }

    /// <summary>Reads the log backwards as far as the day before the version's approval: is this version on record, and which version of the policy was last?</summary>
    private async Task<(bool Found, JsonObject? Previous)> FindInLogAsync(ContactPolicy policy, CancellationToken cancellationToken)
    {
        var head = await Trail.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        var oldest = StartOfDayBeforeApproval(policy);
        JsonObject? previous = null;
        for (var last = head.Count; last >= 1; last -= ReadBackWindow)
        {
            var window = new List<AuditEntry>(ReadBackWindow);
            await foreach (var entry in Trail.Store.ReadAsync(Math.Max(1, last - ReadBackWindow + 1), last, cancellationToken).ConfigureAwait(false))
            {
                window.Add(entry);
            }

            for (var i = window.Count - 1; i >= 0; i--)
            {
                var entry = window[i];
                if (entry.RecordedAt < oldest)
                {
                    return (false, previous);
                }

                if (ContactAuditPayloads.VersionIn(entry, policy.Version.PolicyId) is { } seen)
                {
                    if (string.Equals(seen.Sha256, policy.Sha256, StringComparison.Ordinal))
                    {
                        return (true, null);
                    }

                    previous ??= seen.Facts;
                }
            }
        }

        return (false, previous);
    }

    /// <summary>The start of the day before the version's approval date in the creditor's zone: no entry about the version can be older.</summary>
    private static Instant StartOfDayBeforeApproval(ContactPolicy policy) =>
        policy.CreditorTimeZone.AtStartOfDay(policy.Version.ApprovedOn.PlusDays(-1)).ToInstant();
}
