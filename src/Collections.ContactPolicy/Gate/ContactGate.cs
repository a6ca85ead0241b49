using System.Diagnostics.CodeAnalysis;
using Collections.Core;
using Collections.Core.Audit;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The gate before every attempt: decides with the policy version in force, records every decision, and lets an attempt be made and recorded only under a permit it issued after an allowing decision.</summary>
/// <remarks>
/// <para><b>Compliance is enforced, not advised.</b> <see cref="ContactAsync"/> decides and, only when allowed, calls the
/// channel gateway with a <see cref="ContactPermit"/> and records the outcome; a refusal returns the decision with its
/// reasons and next allowed instant and never reaches the gateway. Hosts whose attempts are made by hand (an agent
/// dialling) ask <see cref="AuthorizeAsync"/> for a permit and record the attempt against it with
/// <see cref="RecordAttemptAsync(ContactPermit, PriorAttempt, CancellationToken)"/>. A permit is good for one attempt, on its
/// contact point and channel, started before it expires; the attempt store accepts only what the gate hands it
/// (<see cref="PermittedAttempt"/>). <see cref="CheckAsync"/> answers questions (planning) and permits nothing.</para>
/// <para><b>Facts.</b> The gate reads through its ports the attempts of the policy's look-back about the debtor or to
/// the contact point (plus the permits it issued that are not recorded yet), the restrictions, the template, announced
/// holidays and — with an <see cref="IDebtorLocationReader"/> — the debtor's time zones, then asks the pure
/// <see cref="ContactPolicy.Decide"/>. Decisions for one debtor or contact point are made one at a time within a gate
/// (several processes on one store should give each debtor to one gate, or serialise in the store).</para>
/// <para><b>Versions.</b> Each request is decided by the version in force at its instant (<see cref="Policies"/>);
/// <see cref="ActivateAsync"/> schedules a new version, recording the change first. Every decision and change goes to
/// the <see cref="IContactDecisionSink"/> before the gate answers.</para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlims' wait handles are never created (AvailableWaitHandle unused), so they hold nothing to release; a gate lives as long as its host.")]
public sealed partial class ContactGate
{
    private const int StripeCount = 64;

    private readonly IContactAttemptStore _attempts;
    private readonly IContactRestrictionRegistry _restrictions;
    private readonly ITemplateCatalog _templates;
    private readonly IHolidayAnnouncementSource _holidays;
    private readonly IContactDecisionSink _decisions;
    private readonly IClock _clock;
    private readonly IDebtorLocationReader? _locations;
    private readonly IPhoneNumberTimeZoneSource? _phoneZones;
    private readonly SemaphoreSlim[] _stripes;
    private readonly SemaphoreSlim _activation = new(1, 1);
    private readonly Lock _pendingLock = new();
    private readonly Dictionary<ContactAttemptId, ContactPermit> _pending = [];
    private ContactPolicySchedule _policies;

    internal ContactGate(ContactGateBuilder builder)
    {
        _policies = builder.Policies;
        _attempts = builder.Attempts!;
        _restrictions = builder.Restrictions!;
        _templates = builder.Templates!;
        _holidays = builder.Holidays!;
        _decisions = builder.Decisions!;
        _clock = builder.Clock!;
        _locations = builder.DebtorLocations;
        _phoneZones = builder.PhoneNumberTimeZones;
        PermitLifetime = builder.PermitLifetime;
        RecordingDeadline = builder.RecordingDeadline;
        _stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1))];
    }

    /// <summary>The policy versions the gate applies, each from the instant it takes over.</summary>
    public ContactPolicySchedule Policies => Volatile.Read(ref _policies);

    /// <summary>How long a permit is valid for starting its attempt (cut short where the policy would refuse).</summary>
    public Duration PermitLifetime { get; }

    /// <summary>How long after a permit expires its attempt may still be recorded.</summary>
    public Duration RecordingDeadline { get; }

    /// <summary>Answers whether an attempt would be allowed at the request's instant, why not, and when next — a question only: no permit, nothing may be sent on it.</summary>
    /// <remarks>The decision is recorded (purpose <see cref="ContactDecisionPurpose.Check"/>).</remarks>
    /// <param name="request">The attempt in question, at any instant.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    /// <exception cref="InvalidOperationException">The debtor is unknown to the location reader, or the attempt store returned an
    /// attempt no decision can count (incomplete, or an outcome its channel cannot have).</exception>
    public async Task<ContactDecision> CheckAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        var (complete, history, policy) = await LoadCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var decision = policy.Decide(complete, history);
        await _decisions.RecordAsync(new ContactDecisionRecord(complete, decision, policy, ContactDecisionPurpose.Check), cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>Decides an attempt now (the gate's clock) and, only when the policy allows it, issues a permit for it.</summary>
    /// <remarks>The request's instant is replaced by the clock's: an attempt is decided when it is made. The decision is
    /// recorded (with the permit's attempt id) before the permit is handed out; until the attempt is recorded or the
    /// permit's recording deadline passes, the permit counts as an attempt in the gate's later decisions.</remarks>
    /// <param name="request">The attempt the host wants to make now.</param>
    /// <param name="cancellationToken">Cancels the authorization.</param>
    /// <returns>The decision, and the permit when allowed.</returns>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    /// <exception cref="InvalidOperationException">The debtor is unknown to the location reader, or the attempt store returned an
    /// attempt no decision can count (incomplete, or an outcome its channel cannot have).</exception>
    public async Task<ContactAuthorization> AuthorizeAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _clock.GetCurrentInstant();
        var (first, second) = Stripes(request.DebtorId, request.ContactPointId);
        await first.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (second is not null)
            {
                await second.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await AuthorizeLockedAsync(request with { At = now }, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                second?.Release();
            }
        }
        finally
        {
            first.Release();
        }
    }

    /// <summary>Decides an attempt now and, only when allowed, makes it through the gateway and records its outcome; a refusal returns the decision and never reaches the gateway.</summary>
    /// <param name="request">The attempt the host wants to make now.</param>
    /// <param name="gateway">The channel that makes it.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The decision and, when made, the permit and the recorded attempt.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The gateway returned no outcome, the debtor is unknown to the location reader,
    /// or the attempt store returned an attempt no decision can count.</exception>
    public async Task<ContactResult> ContactAsync(ContactRequest request, IContactChannelGateway gateway, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(gateway);
        var authorization = await AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
        if (!authorization.IsAllowed)
        {
            return new ContactResult(authorization.Decision, null, null);
        }

        var permit = authorization.Permit;
        var outcome = await gateway.SendAsync(permit, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The channel gateway returned no outcome for attempt {permit.AttemptId}; record what happened with RecordAttemptAsync.");
        var attempt = await RecordAttemptAsync(permit, outcome, cancellationToken).ConfigureAwait(false);
        return new ContactResult(authorization.Decision, permit, attempt);
    }

    /// <summary>Records the attempt a permit allowed, started at the instant decided, with its outcome.</summary>
    /// <param name="permit">The permit.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The attempt as recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The outcome is not one of the permit's channel's; nothing is recorded.</exception>
    /// <exception cref="ContactPermitException">The permit is used, too late to record, or from another gate; nothing is recorded.</exception>
    public Task<PermittedAttempt> RecordAttemptAsync(ContactPermit permit, AttemptOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permit);
        AttemptOutcome.ThrowIfNotApplicable(outcome, permit.Channel); // before the permit is used: nothing is recorded
        return RecordAttemptAsync(
            permit, new PriorAttempt(permit.IssuedAt, permit.Channel, outcome, permit.AccountId, permit.DebtorId, permit.ContactPointId), cancellationToken);
    }

    /// <summary>Records an attempt made under a permit, as the host saw it; it must be the attempt the permit allows.</summary>
    /// <param name="permit">The permit.</param>
    /// <param name="attempt">The attempt: its start, channel, outcome, debt, debtor and contact point.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The attempt as recorded.</returns>
    /// <exception cref="ArgumentNullException">The permit is null.</exception>
    /// <exception cref="ArgumentException">The attempt has no channel or outcome, or an outcome its channel cannot have.</exception>
    /// <exception cref="ContactPermitException">
    /// The permit was used already, is from another gate, is for another debt, debtor, contact point or channel, did not
    /// cover the attempt's start, or the recording deadline has passed; nothing is recorded.
    /// </exception>
    public async Task<PermittedAttempt> RecordAttemptAsync(ContactPermit permit, PriorAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permit);
        if (attempt.Channel is null || attempt.Outcome is null)
        {
            throw new ArgumentException("The attempt needs a channel and an outcome.", nameof(attempt));
        }

        AttemptOutcome.ThrowIfNotApplicable(attempt.Outcome, attempt.Channel, nameof(attempt));

        var now = _clock.GetCurrentInstant();
        CheckPermit(permit, attempt, now);
        if (!permit.TryUse())
        {
            throw new ContactPermitException(ContactPermitProblem.AlreadyUsed, $"Permit {permit.AttemptId} was already used: one permit, one attempt.");
        }

        var permitted = new PermittedAttempt(permit.AttemptId, attempt, permit.Request.TemplateId ?? permit.Template?.Id, permit.Decision.PolicyVersion, now);
        try
        {
            await _attempts.AppendAsync(permitted, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            permit.Release();
            throw;
        }

        lock (_pendingLock)
        {
            _pending.Remove(permit.AttemptId);
        }

        return permitted;
    }

    /// <summary>The request with its facts loaded, and the history, as <see cref="CheckAsync"/> passes them to the policy version in force at the request's instant.</summary>
    /// <param name="request">The attempt in question.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The completed request and the history (attempts on record and permits not yet recorded).</returns>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    /// <exception cref="InvalidOperationException">The debtor is unknown to the location reader, or the attempt store returned an
    /// attempt no decision can count (incomplete, or an outcome its channel cannot have).</exception>
    public async Task<(ContactRequest Request, ContactHistory History)> LoadAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        var (complete, history, _) = await LoadCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return (complete, history);
    }

    private async Task<ContactAuthorization> AuthorizeLockedAsync(ContactRequest request, CancellationToken cancellationToken)
    {
        var (complete, history, policy) = await LoadCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var decision = policy.Decide(complete, history);
        if (!decision.IsAllowed)
        {
            await _decisions.RecordAsync(new ContactDecisionRecord(complete, decision, policy, ContactDecisionPurpose.Attempt), cancellationToken).ConfigureAwait(false);
            return new ContactAuthorization(decision, null);
        }

        var attemptId = ContactAttemptId.New();
        var expiresAt = ExpiryOf(complete, history);
        var permit = new ContactPermit(this, attemptId, complete, decision, expiresAt, expiresAt + RecordingDeadline);
        await _decisions.RecordAsync(new ContactDecisionRecord(complete, decision, policy, ContactDecisionPurpose.Attempt, attemptId), cancellationToken).ConfigureAwait(false);
        lock (_pendingLock)
        {
            _pending.Add(attemptId, permit);
        }

        return new ContactAuthorization(decision, permit);
    }

    private async Task<(ContactRequest Request, ContactHistory History, ContactPolicy Policy)> LoadCoreAsync(ContactRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = Policies.PolicyAt(request.At);
        if (_locations is not null)
        {
            var location = await _locations.FindAsync(request.DebtorId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException(
                    $"Debtor '{request.DebtorId}' is unknown to the IDebtorLocationReader: the debtor's time zones cannot be found, so nothing can be decided.");
            var candidates = location.Resolve(_phoneZones!, policy.CreditorTimeZone);
            request = request with { TimeZones = candidates.Zones, TimeZoneBasis = candidates.Basis };
        }

        var interval = new Interval(request.At - policy.HistoryLookback, request.At + Duration.Epsilon);
        var attempts = new List<PriorAttempt>();
        await foreach (var attempt in _attempts.ReadAsync(request.DebtorId, request.ContactPointId, interval, cancellationToken).ConfigureAwait(false))
        {
            attempts.Add(attempt);
        }

        // What the store returns is the host's data: an attempt a decision cannot count is the store's problem, named as such.
        try
        {
            ContactHistory.Check(attempts, "attempts");
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException(
                $"The IContactAttemptStore returned attempts about debtor '{request.DebtorId}' or contact point '{request.ContactPointId}' that no decision can count (positions in the order it returned them): {error.Message}",
                error);
        }

        attempts.AddRange(PendingAttempts(request, interval));
        var restrictions = await _restrictions.ReadAsync(request.DebtorId, request.AccountId, request.ContactPointId, cancellationToken).ConfigureAwait(false);
        var template = request.Template;
        if (template is null && request.TemplateId is { } templateId)
        {
            template = await _templates.FindAsync(templateId, cancellationToken).ConfigureAwait(false);
        }

        // The search for the next allowed instant looks up to SearchHorizonDays ahead; announcements a little either side count.
        var day = request.At.InUtc().Date;
        var announced = await _holidays.ReadAsync(day.PlusDays(-2), day.PlusDays(ContactPolicy.SearchHorizonDays + 2), cancellationToken).ConfigureAwait(false);
        var complete = request with { Restrictions = restrictions, Template = template, AnnouncedPeriods = [.. announced] };
        return (complete, ContactHistory.Of(attempts), policy);
    }

    /// <summary>The permits issued and not yet recorded (nor past their deadline), as attempts about the debtor or to the contact point.</summary>
    private List<PriorAttempt> PendingAttempts(ContactRequest request, Interval interval)
    {
        var now = _clock.GetCurrentInstant();
        var result = new List<PriorAttempt>();
        lock (_pendingLock)
        {
            List<ContactAttemptId>? expired = null;
            foreach (var (id, permit) in _pending)
            {
                if (permit.IsUsed || permit.RecordBy <= now)
                {
                    (expired ??= []).Add(id);
                }
                else if ((permit.DebtorId == request.DebtorId || permit.ContactPointId == request.ContactPointId) && interval.Contains(permit.IssuedAt))
                {
                    result.Add(permit.AsPendingAttempt());
                }
            }

            foreach (var id in expired ?? [])
            {
                _pending.Remove(id);
            }
        }

        return result;
    }

    /// <summary>
    /// When a permit issued now must expire: after its lifetime, or at the first moment within it that the policy would
    /// refuse the same attempt — checked at each whole minute (where windows and days turn) and at each restriction
    /// instant recorded in that span.
    /// </summary>
    private Instant ExpiryOf(ContactRequest request, ContactHistory history)
    {
        var issued = request.At;
        var end = issued + PermitLifetime;
        var restrictions = request.Restrictions;
        var candidates = new SortedSet<Instant>();
        var ticksPerMinute = NodaConstants.TicksPerMinute;
        var ticks = issued.ToUnixTimeTicks();
        var minute = Instant.FromUnixTimeTicks(((ticks / ticksPerMinute) + (ticks % ticksPerMinute > 0 ? 1 : 0)) * ticksPerMinute);
        if (minute == issued)
        {
            minute += Duration.FromMinutes(1);
        }

        for (; minute < end; minute += Duration.FromMinutes(1))
        {
            candidates.Add(minute);
        }

        var instants = restrictions.OptOuts.Select(o => o.Since)
            .Concat(restrictions.Holds.Select(h => h.Start))
            .Concat(new[] { restrictions.DoNotContactSince, restrictions.CeaseCommunicationSince }.OfType<Instant>())
            .Concat(Policies.Entries.Select(e => e.ActiveFrom));
        foreach (var instant in instants)
        {
            if (instant > issued && instant < end)
            {
                candidates.Add(instant);
            }
        }

        foreach (var candidate in candidates)
        {
            if (!Policies.PolicyAt(candidate).Check(request with { At = candidate }, history).IsAllowed)
            {
                return candidate;
            }
        }

        return end;
    }

    private void CheckPermit(ContactPermit permit, PriorAttempt attempt, Instant now)
    {
        if (!ReferenceEquals(permit.Issuer, this))
        {
            throw new ContactPermitException(ContactPermitProblem.IssuedByAnotherGate, $"Permit {permit.AttemptId} was issued by another gate; record the attempt through the gate that issued it.");
        }

        if (permit.IsUsed)
        {
            throw new ContactPermitException(ContactPermitProblem.AlreadyUsed, $"Permit {permit.AttemptId} was already used: one permit, one attempt.");
        }

        var mismatches = new List<string>();
        if (attempt.AccountId != permit.AccountId)
        {
            mismatches.Add($"account: the permit is for '{permit.AccountId}', not '{attempt.AccountId}'");
        }

        if (attempt.DebtorId != permit.DebtorId)
        {
            mismatches.Add($"debtor: the permit is for '{permit.DebtorId}', not '{attempt.DebtorId}'");
        }

        if (attempt.ContactPointId != permit.ContactPointId)
        {
            mismatches.Add($"contact point: the permit is for '{permit.ContactPointId}', not '{attempt.ContactPointId}'");
        }

        if (attempt.Channel != permit.Channel)
        {
            mismatches.Add($"channel: the permit is for '{permit.Channel.Code}', not '{attempt.Channel.Code}'");
        }

        if (mismatches.Count > 0)
        {
            throw new ContactPermitException(ContactPermitProblem.DoesNotMatch, $"Permit {permit.AttemptId} does not allow this attempt: " + string.Join("; ", mismatches) + ".");
        }

        if (attempt.At < permit.IssuedAt || attempt.At >= permit.ExpiresAt || attempt.At > now)
        {
            throw new ContactPermitException(
                ContactPermitProblem.Expired,
                $"Permit {permit.AttemptId} allows an attempt started from {AuditEntryHash.FormatInstant(permit.IssuedAt)} until before {AuditEntryHash.FormatInstant(permit.ExpiresAt)} (and not in the future); this one started at {AuditEntryHash.FormatInstant(attempt.At)}.");
        }

        if (now >= permit.RecordBy)
        {
            throw new ContactPermitException(
                ContactPermitProblem.TooLateToRecord, $"Permit {permit.AttemptId} had to be recorded before {AuditEntryHash.FormatInstant(permit.RecordBy)}.");
        }
    }

    /// <summary>The lock stripes of a debtor and a contact point, in a fixed order (the second null when they share one).</summary>
    private (SemaphoreSlim First, SemaphoreSlim? Second) Stripes(DebtorId debtorId, ContactPointId contactPointId)
    {
        var a = Stripe(debtorId.Value);
        var b = Stripe(contactPointId.Value);
        return a == b ? (_stripes[a], null) : (_stripes[Math.Min(a, b)], _stripes[Math.Max(a, b)]);
    }

    private static int Stripe(string? key) => (int)(unchecked((uint)StringComparer.Ordinal.GetHashCode(key ?? string.Empty)) % StripeCount);
}
