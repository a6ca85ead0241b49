using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A rule's answer for one candidate instant (and zone): allowed, or refused with a code and when it may lift.</summary>
/// <remarks>For a timed refusal <see cref="Next"/> is later than the candidate and no later than the earliest instant the
/// rule allows; the decision's search moves to it and asks every rule again, so a rule may answer with a safe lower
/// bound (the next instant where its answer can change) rather than the exact next allowed instant.</remarks>
internal readonly record struct RuleAnswer(Instant? Next, DenialKind Kind, ContactRuleCode? Code, long Detail)
{
    public bool IsAllowed => Code is null;

    public static RuleAnswer Allowed(Instant candidate) => new(candidate, DenialKind.Timed, null, 0);

    public static RuleAnswer Timed(Instant next, ContactRuleCode code, long detail = 0) => new(next, DenialKind.Timed, code, detail);

    public static RuleAnswer Never(ContactRuleCode code, long detail = 0) => new(null, DenialKind.Permanent, code, detail);

    public static RuleAnswer Held(ContactRuleCode code) => new(null, DenialKind.UntilHoldLifted, code, 0);
}
