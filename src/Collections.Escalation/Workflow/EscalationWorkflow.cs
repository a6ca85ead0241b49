using System.Collections.Immutable;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Escalation;

/// <summary>Runs the legal track over the host's ports: load the case, decide with the pure <see cref="EscalationStateMachine"/>, store, audit, and place or lift the creditor's legal hold.</summary>
/// <remarks>
/// <para>Every call takes "now" from the injected <see cref="IClock"/>; "today" is that instant's date in the creditor's
/// time zone (<see cref="EscalationRules.TimeZone"/>). Every decision is appended to the audit trail: an allowed step as
/// <see cref="AuditAction.EscalationStep"/>, a refused one as <see cref="AuditAction.EscalationRefused"/> with its reason
/// codes, on the subject <c>account:&lt;id&gt;</c>; authorizations recorded and revoked on <c>creditor:&lt;id&gt;</c>.</para>
/// <para>After every allowed step the workflow tells the <see cref="ILegalHoldRegistry"/> (the contact policy's restriction
/// registry) whether contact about the debt is held: it places the hold (reference <c>escalation:&lt;case id&gt;</c>)
/// while the case is at or after the creditor's <see cref="EscalationRules.LegalHoldFrom"/> stage, and lifts it otherwise
/// (a final stage, or a suspension back before it). Both calls are idempotent.</para>
/// <para>Order and failures: load → decide → store → audit → hold. The store's optimistic save means two workers moving
/// one case cannot both succeed; the loser decides again on the newer case. If the audit append or the hold fails after the
/// store, the step stands and the exception reaches the caller, who retries the append or the hold (both are safe to
/// repeat); nothing is half-applied in the case itself.</para>
/// <para>A filing is never stored without a valid authorization: the state machine re-checks the case's authorization on
/// the filing date, and revoking an authorization suspends every case authorized under it and not yet filed.</para>
/// </remarks>
public sealed class EscalationWorkflow
{
    private const int MaximumAttempts = 5;

    private readonly EscalationRuleSet _rules;
    private readonly IEscalationCaseStore _cases;
    private readonly IAuthorizationStore _authorizations;
    private readonly IAuthorizationDocumentStore _documents;
    private readonly AuditTrail _audit;
    private readonly ILegalHoldRegistry _holds;
    private readonly IClock _clock;

    /// <summary>Creates the workflow.</summary>
    /// <param name="rules">The escalation rules of every creditor.</param>
    /// <param name="cases">Where cases are kept.</param>
    /// <param name="authorizations">Where written authorizations are kept.</param>
    /// <param name="documents">Where the signed authorization documents are kept.</param>
    /// <param name="audit">The audit trail.</param>
    /// <param name="holds">Where legal holds are placed and lifted (the contact policy's restriction registry).</param>
    /// <param name="clock">Where "now" comes from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EscalationWorkflow(
        EscalationRuleSet rules,
        IEscalationCaseStore cases,
        IAuthorizationStore authorizations,
        IAuthorizationDocumentStore documents,
        AuditTrail audit,
        ILegalHoldRegistry holds,
        IClock clock)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(authorizations);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(clock);
        _rules = rules;
        _cases = cases;
        _authorizations = authorizations;
        _documents = documents;
        _audit = audit;
        _holds = holds;
        _clock = clock;
    }

    /// <summary>The escalation rules of every creditor.</summary>
    public EscalationRuleSet Rules => _rules;

    /// <summary>Finds a case.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case, or null.</returns>
    public Task<EscalationCase?> FindAsync(EscalationCaseId id, CancellationToken cancellationToken = default) => _cases.FindAsync(id, cancellationToken);

    /// <summary>Opens a case for an account that qualifies; refused (and audited) when it does not, or when it already has an open case.</summary>
    /// <param name="id">The new case's identifier (unused).</param>
    /// <param name="evidence">The account's evidence, counted over its creditor's period.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">The evidence is null.</exception>
    /// <exception cref="ArgumentException">The identifier is already used, or the evidence does not fit the creditor's rules (<see cref="EscalationRules.Qualify"/>).</exception>
    /// <exception cref="KeyNotFoundException">No rules for the account's creditor.</exception>
    public async Task<EscalationDecision> OpenAsync(EscalationCaseId id, EscalationEvidence evidence, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var rules = _rules.For(evidence.Account.Creditor);
        if (await _cases.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"Case '{id}' already exists: give a new case a new identifier.", nameof(id));
        }

        for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
        {
            var at = _clock.GetCurrentInstant();
            var decision = await _cases.FindOpenAsync(evidence.Account.AccountId, cancellationToken).ConfigureAwait(false) is { } open
                ? EscalationDecision.Refused(EscalationTrigger.Open, null, EscalationStage.Qualified, null, new EscalationRefusal(
                    EscalationRefusalCode.CaseAlreadyOpen,
                    EscalationTexts.Format(
                        "refusal.case_already_open",
                        TextArgument.Of("account", evidence.Account.AccountId.Value),
                        TextArgument.Of("case", open.Id.Value),
                        TextArgument.Of("stage", open.Stage.Title))))
                : EscalationStateMachine.Open(rules, id, evidence, actor, at);
            if (!decision.IsAllowed)
            {
                await _audit.AppendAsync(
                    actor, AuditAction.EscalationRefused, AuditSubject.ForAccount(evidence.Account.AccountId),
                    EscalationAuditPayloads.Refused(id, evidence.Account, decision, evidence.AsOf, null), cancellationToken).ConfigureAwait(false);
                return decision;
            }

            if (await _cases.TrySaveAsync(decision.Case!, cancellationToken).ConfigureAwait(false))
            {
                await AfterStepAsync(rules, decision, cancellationToken).ConfigureAwait(false);
                return decision;
            }

            // Another worker opened a case for the account (or used the identifier) since: decide again.
            if (await _cases.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new ArgumentException($"Case '{id}' was created by another caller meanwhile: give a new case a new identifier.", nameof(id));
            }
        }

        throw new InvalidOperationException($"The case store refused case '{id}' {MaximumAttempts} times in a row.");
    }

    /// <summary>Moves a case: loads it and the authorization the step relies on, decides, stores, audits and places or lifts the legal hold; a refusal is audited and returned.</summary>
    /// <param name="id">The case.</param>
    /// <param name="command">What to do.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">The command is null.</exception>
    /// <exception cref="KeyNotFoundException">No such case, or no rules for its creditor.</exception>
    /// <exception cref="InvalidOperationException">Other workers kept moving the case (the store refused five saves in a row).</exception>
    public async Task<EscalationDecision> AdvanceAsync(EscalationCaseId id, EscalationCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
        {
            var current = await _cases.FindAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No escalation case '{id}'.");
            var rules = _rules.For(current.Account.Creditor);
            var relied = command.Trigger == EscalationTrigger.Authorize ? command.AuthorizationId : current.AuthorizationId;
            var authorization = relied is { } authorizationId
                ? await _authorizations.FindAsync(authorizationId, cancellationToken).ConfigureAwait(false)
                : null;
            var decision = EscalationStateMachine.Decide(rules, current, command, authorization, _clock.GetCurrentInstant());
            if (!decision.IsAllowed)
            {
                await _audit.AppendAsync(
                    command.Actor, AuditAction.EscalationRefused, AuditSubject.ForAccount(current.Account.AccountId),
                    EscalationAuditPayloads.Refused(current.Id, current.Account, decision, command.On, relied), cancellationToken).ConfigureAwait(false);
                return decision;
            }

            if (await _cases.TrySaveAsync(decision.Case!, cancellationToken).ConfigureAwait(false))
            {
                await AfterStepAsync(rules, decision, cancellationToken).ConfigureAwait(false);
                return decision;
            }
        }

        throw new InvalidOperationException($"Escalation case '{id}' was moved by other callers {MaximumAttempts} times while this step was being decided; try again.");
    }

    /// <summary>Records a creditor's written authorization with its signed document: checks that the document is the one the authorization names (its SHA-256), stores both, and audits it.</summary>
    /// <param name="authorization">The authorization.</param>
    /// <param name="signedDocument">The signed document (read to its end).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Recorded, or refused because the document's SHA-256 is not the authorization's (audited).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Another authorization is already on record under the same reference.</exception>
    public async Task<AuthorizationRecording> RecordAuthorizationAsync(
        WrittenAuthorization authorization, Stream signedDocument, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(signedDocument);
        using var buffer = new MemoryStream();
        await signedDocument.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var given = DocumentHash.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var subject = AuditSubject.ForCreditor(authorization.Creditor);
        if (given != authorization.DocumentSha256)
        {
            var refused = new AuthorizationRecording(authorization, given, [new EscalationRefusal(
                EscalationRefusalCode.DocumentHashMismatch,
                EscalationTexts.Format(
                    "refusal.document_hash_mismatch",
                    TextArgument.Of("authorization", authorization.Id.Value),
                    TextArgument.Of("actual", given.Hex),
                    TextArgument.Of("expected", authorization.DocumentSha256.Hex)))]);
            await _audit.AppendAsync(actor, AuditAction.EscalationRefused, subject, EscalationAuditPayloads.RecordingRefused(refused), cancellationToken).ConfigureAwait(false);
            return refused;
        }

        var existing = await _authorizations.FindAsync(authorization.Id, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing != authorization)
        {
            throw new ArgumentException(
                $"Another authorization is already on record as '{authorization.Id}': revoke it and record the new one under a new reference.", nameof(authorization));
        }

        var recording = new AuthorizationRecording(authorization, given, []);
        if (existing is not null)
        {
            return recording;
        }

        buffer.Position = 0;
        await _documents.StoreAsync(given, buffer, cancellationToken).ConfigureAwait(false);
        await _authorizations.SaveAsync(authorization, cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, AuditAction.EscalationAuthorizationRecorded, subject, EscalationAuditPayloads.Recorded(authorization), cancellationToken).ConfigureAwait(false);
        return recording;
    }

    /// <summary>Revokes a written authorization: stores and audits the revocation, then suspends every case authorized under it and not yet filed (each step audited, the legal hold lifted where it applied).</summary>
    /// <param name="id">The authorization.</param>
    /// <param name="revocation">The revocation (effective from its date).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The revoked authorization, the suspended cases, and the cases it could not stop (already filed, or revoked from a later date).</returns>
    /// <exception cref="ArgumentNullException">The revocation is null.</exception>
    /// <exception cref="KeyNotFoundException">No such authorization.</exception>
    /// <exception cref="ArgumentException">The revocation is dated before the authorization was signed.</exception>
    /// <remarks>Safe to repeat: revoking a revoked authorization keeps its first revocation and only suspends what is left to suspend.</remarks>
    public async Task<AuthorizationRevocationOutcome> RevokeAuthorizationAsync(
        AuthorizationId id, AuthorizationRevocation revocation, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revocation);
        var authorization = await _authorizations.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No written authorization '{id}' on record.");
        if (!authorization.IsRevoked)
        {
            authorization = authorization.Revoke(revocation);
            await _authorizations.SaveAsync(authorization, cancellationToken).ConfigureAwait(false);
            await _audit.AppendAsync(
                actor, AuditAction.EscalationAuthorizationRevoked, AuditSubject.ForCreditor(authorization.Creditor),
                EscalationAuditPayloads.Revoked(authorization), cancellationToken).ConfigureAwait(false);
        }

        var reason = EscalationTexts.Format(
            "reason.revoked",
            TextArgument.Of("authorization", id.Value),
            TextArgument.Of("revoked_on", InvariantText.Date(authorization.Revocation!.RevokedOn)),
            TextArgument.Of("reason", authorization.Revocation.Reason)).English;
        var suspended = ImmutableArray.CreateBuilder<EscalationDecision>();
        var filed = ImmutableArray.CreateBuilder<EscalationCase>();
        var notYet = ImmutableArray.CreateBuilder<EscalationCase>();
        var cases = new List<EscalationCase>();
        await foreach (var escalationCase in _cases.ReadByAuthorizationAsync(id, cancellationToken).ConfigureAwait(false))
        {
            cases.Add(escalationCase);
        }

        foreach (var escalationCase in cases)
        {
            if (escalationCase.Stage != EscalationStage.Authorized)
            {
                if (escalationCase.Steps.Any(s => s.Trigger == EscalationTrigger.File))
                {
                    filed.Add(escalationCase);
                }

                continue;
            }

            // "Today" in the case's creditor's time zone (only a case of the authorization's own creditor can be authorized under it).
            var today = _clock.GetCurrentInstant().InZone(_rules.For(escalationCase.Account.Creditor).TimeZone).Date;
            if (authorization.Check(escalationCase.Evidence, today).IsValid)
            {
                notYet.Add(escalationCase);
                continue;
            }

            suspended.Add(await AdvanceAsync(escalationCase.Id, EscalationCommand.Suspend(today, actor, reason), cancellationToken).ConfigureAwait(false));
        }

        return new AuthorizationRevocationOutcome(authorization, suspended.ToImmutable(), filed.ToImmutable(), notYet.ToImmutable());
    }

    private async Task AfterStepAsync(EscalationRules rules, EscalationDecision decision, CancellationToken cancellationToken)
    {
        var escalationCase = decision.Case!;
        var step = decision.Step!;
        await _audit.AppendAsync(
            step.Actor, AuditAction.EscalationStep, AuditSubject.ForAccount(escalationCase.Account.AccountId),
            EscalationAuditPayloads.Step(escalationCase, step), cancellationToken).ConfigureAwait(false);
        var reference = HoldReference(escalationCase.Id);
        if (rules.HoldsContactAt(escalationCase.Stage))
        {
            await _holds.PlaceAsync(escalationCase.Account.AccountId, reference, step.At, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _holds.LiftAsync(escalationCase.Account.AccountId, reference, step.At, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The reference a case's legal hold is placed under: <c>escalation:</c> and the case's identifier.</summary>
    /// <param name="id">The case.</param>
    /// <returns>The reference.</returns>
    public static string HoldReference(EscalationCaseId id) => "escalation:" + id.Value;
}
