using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A creditor's contact policy, one approved version: the rules an attempt must pass, each citing its source; <see cref="Decide"/> answers allowed or not, why, and when next.</summary>
/// <remarks>
/// <para>Immutable and thread-safe; built with <see cref="ContactPolicyBuilder"/> (or loaded from JSON with
/// <see cref="ContactPolicyJson"/>), which checks everything at once. Rules are all optional and combine: an attempt is
/// allowed when every rule that applies to its channel allows it, in every candidate time zone.</para>
/// <para>In code inside a namespace that starts with <c>Collections.</c>, the namespace
/// <c>Collections.ContactPolicy</c> hides this type's simple name: write <c>Collections.ContactPolicy.ContactPolicy</c>
/// or a using alias.</para>
/// </remarks>
public sealed partial class ContactPolicy
{
    /// <summary>How far after a request <see cref="Decide"/> looks for the next allowed instant.</summary>
    public const int SearchHorizonDays = 400;

    private readonly ContactRule[] _rules;
    private readonly Lazy<(string Json, string Sha256)> _canonical;

    internal ContactPolicy(PolicyVersion version, DateTimeZone creditorTimeZone, CreditorId? actsFor, BilingualText? title, ImmutableArray<ContactRule> rules)
    {
        Version = version;
        CreditorTimeZone = creditorTimeZone;
        ActsFor = actsFor;
        Title = title;
        Rules = rules;
        _rules = [.. rules];
        EffectiveFrom = ZoneTime.StartOfDay(creditorTimeZone, version.EffectiveFrom);
        HistoryLookback = rules.Select(r => r.Lookback).DefaultIfEmpty(Duration.Zero).Max();
        _canonical = new(() =>
        {
            var json = ContactPolicyWriter.Write(this);
            return (json, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))));
        });
    }

    /// <summary>The policy's identity and version: creditor, version label, approver, approval date, effective date.</summary>
    public PolicyVersion Version { get; }

    /// <summary>The creditor's time zone, in which the effective date starts (Asia/Riyadh by default).</summary>
    public DateTimeZone CreditorTimeZone { get; }

    /// <summary>For an agency's policy, the creditor it acts for (templates must then name it).</summary>
    public CreditorId? ActsFor { get; }

    /// <summary>A title for the policy, if given.</summary>
    public BilingualText? Title { get; }

    /// <summary>The rules, in the order they are checked and reported.</summary>
    public ImmutableArray<ContactRule> Rules { get; }

    /// <summary>The first instant the policy applies: the start of <see cref="PolicyVersion.EffectiveFrom"/> in the creditor's zone.</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>How far back attempt history matters to the rules (the longest cap window, waiting time or gap; two days for daily limits).</summary>
    public Duration HistoryLookback { get; }

    /// <summary>The SHA-256 of the policy's canonical JSON (<see cref="ToCanonicalJson"/>) in UTF-8, as 64 lower-case hex digits: the fingerprint an audit log records with each decision and version change.</summary>
    /// <remarks>Two policies with the same fingerprint decide alike and cite the same sources; any change to a rule, a
    /// source text, the version fields or the creditor's zone changes it.</remarks>
    public string Sha256 => _canonical.Value.Sha256;

    /// <summary>The policy as canonical JSON (RFC 8785): the form <see cref="ContactPolicyJson.Parse"/> reads back, with pack rules and holiday calendars written out in full.</summary>
    /// <returns>The JSON text, without white space, members sorted.</returns>
    public string ToCanonicalJson() => _canonical.Value.Json;

    /// <summary>Decides whether an attempt is allowed at the request's instant, why not, and when it will next be allowed.</summary>
    /// <remarks>
    /// Pure and synchronous: no clock, no I/O; the same request and history always give the same decision. The
    /// decision lists every refusing rule with its code, source and explanation; <see cref="ContactDecision.NextAllowedAt"/>
    /// is the earliest instant at or after the request at which every rule allows the same attempt in every candidate
    /// zone, assuming no further attempts — found by stepping over the instants where some rule can change its answer
    /// (window starts, the start of a day, the end of a holiday, the moment an attempt ages out of a cap, the end of a
    /// waiting time or hold), not by scanning minutes, within <see cref="SearchHorizonDays"/> days.
    /// </remarks>
    /// <param name="request">The attempt and the facts about it.</param>
    /// <param name="history">The attempts already made (at least <see cref="HistoryLookback"/> back).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request has no time zone, or its template and template id disagree.</exception>
    public ContactDecision Decide(ContactRequest request, ContactHistory history) => DecideInForceFrom(request, history, EffectiveFrom);

    /// <summary><see cref="Decide(ContactRequest, ContactHistory)"/> with the policy in force from <paramref name="inForceFrom"/> (a replay applies it as if always in force).</summary>
    internal ContactDecision DecideInForceFrom(ContactRequest request, ContactHistory history, Instant inForceFrom)
    {
        CheckArguments(request, history);
        var attempts = history.Span;
        byte[]? rented = null;
        var scopes = attempts.Length <= 256
            ? stackalloc byte[attempts.Length]
            : (rented = ArrayPool<byte>.Shared.Rent(attempts.Length)).AsSpan(0, attempts.Length);
        try
        {
            Evaluation.FillScopes(request, attempts, scopes);
            var evaluation = new Evaluation(this, request, attempts, scopes);
            var verdict = CheckCore(evaluation, inForceFrom);
            return verdict.IsAllowed
                ? new ContactDecision(Version, request.At, [], NextAllowedKind.Now, request.At)
                : new ContactDecision(Version, request.At, Denials(evaluation, inForceFrom), verdict.NextAllowed, verdict.NextAllowedAt);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The same answer as <see cref="Decide"/> — allowed or not, the codes, when next allowed — without explanations and without allocating.</summary>
    /// <remarks>For planning many attempts (a day's queue over many accounts): the rules run as in <see cref="Decide"/>,
    /// but no denial, text or decision object is built; history up to 256 attempts is scanned on the stack.</remarks>
    /// <param name="request">The attempt and the facts about it.</param>
    /// <param name="history">The attempts already made.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request has no time zone, or its template and template id disagree.</exception>
    public ContactVerdict Check(ContactRequest request, ContactHistory history) => CheckInForceFrom(request, history, EffectiveFrom);

    /// <summary><see cref="Check(ContactRequest, ContactHistory)"/> with the policy in force from <paramref name="inForceFrom"/> (a replay applies it as if always in force).</summary>
    internal ContactVerdict CheckInForceFrom(ContactRequest request, ContactHistory history, Instant inForceFrom)
    {
        CheckArguments(request, history);
        var attempts = history.Span;
        byte[]? rented = null;
        var scopes = attempts.Length <= 256
            ? stackalloc byte[attempts.Length]
            : (rented = ArrayPool<byte>.Shared.Rent(attempts.Length)).AsSpan(0, attempts.Length);
        try
        {
            Evaluation.FillScopes(request, attempts, scopes);
            return CheckCore(new Evaluation(this, request, attempts, scopes), inForceFrom);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Checks many requests, each with its own history, writing one verdict per request (no allocation per request).</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="histories">Each request's history, in the same order.</param>
    /// <param name="verdicts">Where the verdicts go, in the same order.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentNullException">A request or history is null.</exception>
    public void CheckMany(ReadOnlySpan<ContactRequest> requests, ReadOnlySpan<ContactHistory> histories, Span<ContactVerdict> verdicts)
    {
        if (histories.Length != requests.Length || verdicts.Length != requests.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{requests.Length} request(s), {histories.Length} histor(ies) and {verdicts.Length} verdict slot(s): the three must have the same length."),
                nameof(verdicts));
        }

        for (var i = 0; i < requests.Length; i++)
        {
            verdicts[i] = Check(requests[i], histories[i]);
        }
    }

    private static void CheckArguments(ContactRequest request, ContactHistory history)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        if (request.TimeZones.IsEmpty)
        {
            throw new ArgumentException(
                "The request has no time zone: give the debtor's candidate zones (DebtorLocation.Resolve applies the convention), or let a ContactGate with an IDebtorLocationReader find them.",
                nameof(request));
        }

        if (request is { Template: { } template, TemplateId: { } id } && template.Id != id)
        {
            throw new ArgumentException($"The request names template '{id}' but carries template '{template.Id}'.", nameof(request));
        }
    }

    /// <summary>The verdict: each applicable rule once per zone (stopping at the first refusing zone), then the next-allowed search if needed.</summary>
    private ContactVerdict CheckCore(in Evaluation evaluation, Instant inForceFrom)
    {
        var request = evaluation.Request;
        var at = request.At;
        var zones = request.TimeZones;
        var codes = at < inForceFrom ? ContactRuleCodeSet.Empty.With(ContactRuleCode.PolicyNotInForce) : ContactRuleCodeSet.Empty;
        var permanent = false;
        var held = false;
        foreach (var rule in _rules)
        {
            if (!rule.AppliesTo(request.Channel))
            {
                continue;
            }

            var zoneCount = rule.UsesTimeZone ? zones.Length : 1;
            for (var z = 0; z < zoneCount; z++)
            {
                var answer = rule.Evaluate(evaluation, at, zones[z]);
                if (!answer.IsAllowed)
                {
                    codes = codes.With(answer.Code!);
                    permanent |= answer.Kind == DenialKind.Permanent;
                    held |= answer.Kind == DenialKind.UntilHoldLifted;
                    break;
                }
            }
        }

        if (codes.IsEmpty)
        {
            return new ContactVerdict(codes, NextAllowedKind.Now, at);
        }

        if (permanent || held)
        {
            return new ContactVerdict(codes, permanent ? NextAllowedKind.Never : NextAllowedKind.WhenHoldLifted, null);
        }

        var (next, kind) = Search(evaluation, at, only: null, inForceFrom);
        return new ContactVerdict(codes, kind, next);
    }

    /// <summary>Every refusing rule's denial with its explanation, in the policy's order.</summary>
    private List<ContactDenial> Denials(in Evaluation evaluation, Instant inForceFrom)
    {
        var request = evaluation.Request;
        var denials = new List<ContactDenial>();
        if (request.At < inForceFrom)
        {
            denials.Add(NotInForceDenial());
        }

        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(request.Channel) && DenialOf(evaluation, rule, request.At) is { } denial)
            {
                denials.Add(denial);
            }
        }

        return denials;
    }

    /// <summary>The rule's denial at an instant (in every candidate zone that refuses), or null when it allows.</summary>
    private ContactDenial? DenialOf(in Evaluation evaluation, ContactRule rule, Instant at)
    {
        var zones = evaluation.Request.TimeZones;
        var zoneCount = rule.UsesTimeZone ? zones.Length : 1;
        RuleAnswer? first = null;
        BilingualText? explanation = null;
        for (var z = 0; z < zoneCount; z++)
        {
            var answer = rule.Evaluate(evaluation, at, zones[z]);
            if (answer.IsAllowed)
            {
                continue;
            }

            var text = rule.Explain(evaluation, answer, at, zones[z]);
            explanation = explanation is null || explanation == text
                ? text
                : new BilingualText(explanation.English + " " + text.English, explanation.Arabic + " " + text.Arabic);
            first ??= answer;
        }

        if (first is not { } refusal)
        {
            return null;
        }

        var liftsAt = refusal.Kind == DenialKind.Timed ? Search(evaluation, at, only: rule, Instant.MinValue).Next : null;
        return new ContactDenial(refusal.Code!, rule.Id, explanation!, rule.Source, refusal.Kind) { LiftsAt = liftsAt };
    }

    /// <summary>
    /// The earliest instant ≥ <paramref name="from"/> that every rule (or only <paramref name="only"/>) allows in every zone:
    /// a fixed point — each refusing rule moves the candidate to the next instant where its answer can change, until all allow.
    /// </summary>
    private (Instant? Next, NextAllowedKind Kind) Search(in Evaluation evaluation, Instant from, ContactRule? only, Instant inForceFrom)
    {
        var request = evaluation.Request;
        var zones = request.TimeZones;
        var limit = from + Duration.FromDays(SearchHorizonDays);
        var candidate = from;
        for (var round = 0; round < 100_000; round++)
        {
            var moved = false;
            if (only is null && candidate < inForceFrom)
            {
                candidate = inForceFrom;
                moved = true;
            }

            foreach (var rule in _rules)
            {
                if ((only is not null && !ReferenceEquals(rule, only)) || !rule.AppliesTo(request.Channel))
                {
                    continue;
                }

                var zoneCount = rule.UsesTimeZone ? zones.Length : 1;
                for (var z = 0; z < zoneCount; z++)
                {
                    var answer = rule.Evaluate(evaluation, candidate, zones[z]);
                    if (answer.IsAllowed)
                    {
                        continue;
                    }

                    if (answer.Next is not { } next)
                    {
                        return (null, answer.Kind == DenialKind.Permanent ? NextAllowedKind.Never : NextAllowedKind.WhenHoldLifted);
                    }

                    // A refusal always names a later instant; the epsilon only guards progress against a rule's mistake.
                    candidate = next > candidate ? next : candidate + Duration.Epsilon;
                    moved = true;
                    if (candidate > limit)
                    {
                        return (null, NextAllowedKind.BeyondSearchHorizon);
                    }
                }
            }

            if (!moved)
            {
                return (candidate, candidate == from ? NextAllowedKind.Now : NextAllowedKind.Later);
            }
        }

        return (null, NextAllowedKind.BeyondSearchHorizon);
    }

    private ContactDenial NotInForceDenial()
    {
        var source = RuleSource.CreditorInstruction(
            $"{Version.PolicyId} version {Version.Version}, approved by {Version.ApprovedBy} on {InvariantText.Date(Version.ApprovedOn)}",
            $"{Version.PolicyId} الإصدار {Version.Version}، اعتمده {Version.ApprovedBy} بتاريخ {InvariantText.Date(Version.ApprovedOn)}");
        var explanation = ContactPolicyTexts.Format(
            "denial.policy_not_in_force",
            TextArgument.Of("version", Version.Version),
            TextArgument.Of("from", InvariantText.Date(Version.EffectiveFrom)),
            TextArgument.Of("zone", CreditorTimeZone.Id));
        return new ContactDenial(ContactRuleCode.PolicyNotInForce, new RuleId(Version.PolicyId.Value + "/effective-from"), explanation, source, DenialKind.Timed)
        {
            LiftsAt = EffectiveFrom,
        };
    }
}
