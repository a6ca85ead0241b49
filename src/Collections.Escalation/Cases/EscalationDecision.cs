using System.Collections.Immutable;

namespace Collections.Escalation;

/// <summary>The answer to a request to open or move a case: allowed (with the new case and its step) or refused (with every reason).</summary>
/// <remarks>A refusal is an answer, not an exception: <see cref="Refusals"/> holds each reason with its code and an explanation in English and Arabic.</remarks>
public sealed record EscalationDecision
{
    internal EscalationDecision(
        EscalationTrigger trigger, EscalationStage? from, EscalationStage? to, ImmutableArray<EscalationRefusal> refusals,
        EscalationCase? escalationCase, EscalationStep? step, AuthorizationCheck? authorization)
    {
        Trigger = trigger;
        From = from;
        To = to;
        Refusals = refusals;
        Case = escalationCase;
        Step = step;
        Authorization = authorization;
    }

    /// <summary>What was asked.</summary>
    public EscalationTrigger Trigger { get; }

    /// <summary>The case's stage before (null when opening).</summary>
    public EscalationStage? From { get; }

    /// <summary>The stage the trigger leads to from there, or null when the trigger is not permitted from that stage.</summary>
    public EscalationStage? To { get; }

    /// <summary>Whether the step was taken.</summary>
    public bool IsAllowed => Refusals.IsEmpty;

    /// <summary>Every reason it was refused; empty when allowed.</summary>
    public ImmutableArray<EscalationRefusal> Refusals { get; }

    /// <summary>The case after the decision: with the new step when allowed, unchanged when refused; null when opening was refused.</summary>
    public EscalationCase? Case { get; }

    /// <summary>The step taken, when allowed.</summary>
    public EscalationStep? Step { get; }

    /// <summary>The authorization check, for the steps that need one (authorizing, filing, suspending).</summary>
    public AuthorizationCheck? Authorization { get; }

    internal static EscalationDecision Refused(EscalationTrigger trigger, EscalationStage? from, EscalationStage? to, EscalationCase? escalationCase, params EscalationRefusal[] refusals) =>
        new(trigger, from, to, [.. refusals], escalationCase, null, null);
}
