using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Escalation;

/// <summary>One move of a case on the legal track: which trigger, from and to which stage, its business date and the instant it was recorded, who did it, and its document, reference, cost and reason.</summary>
/// <remarks>Steps are made by <see cref="EscalationStateMachine"/>; the public constructor is for hosts that rebuild a
/// stored case with <see cref="EscalationCase.Restore"/>.</remarks>
public sealed record EscalationStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="sequence">Its place in the case's history, from 1.</param>
    /// <param name="trigger">What moved the case.</param>
    /// <param name="from">The stage before, or null for the step that opened the case.</param>
    /// <param name="to">The stage after.</param>
    /// <param name="on">The step's business date (the filing date, the judgment date).</param>
    /// <param name="at">When it was recorded (from the clock).</param>
    /// <param name="actor">Who did it.</param>
    /// <exception cref="ArgumentNullException">The trigger or the stage after is null.</exception>
    /// <exception cref="ArgumentException">The sequence is below 1, or the actor is the default value.</exception>
    public EscalationStep(int sequence, EscalationTrigger trigger, EscalationStage? from, EscalationStage to, LocalDate on, Instant at, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (actor.Value is null)
        {
            throw new ArgumentException("A step needs the actor who made it.", nameof(actor));
        }

        Sequence = sequence;
        Trigger = trigger;
        From = from;
        To = to;
        On = on;
        At = at;
        Actor = actor;
    }

    /// <summary>Its place in the case's history, from 1.</summary>
    public int Sequence { get; }

    /// <summary>What moved the case.</summary>
    public EscalationTrigger Trigger { get; }

    /// <summary>The stage before, or null for the step that opened the case.</summary>
    public EscalationStage? From { get; }

    /// <summary>The stage after.</summary>
    public EscalationStage To { get; }

    /// <summary>The step's business date.</summary>
    public LocalDate On { get; }

    /// <summary>When it was recorded.</summary>
    public Instant At { get; }

    /// <summary>Who did it.</summary>
    public AuditActor Actor { get; }

    /// <summary>The SHA-256 of the step's document (statement of claim, judgment, enforcement request), if any.</summary>
    public DocumentHash? Document { get; init; }

    /// <summary>The court's case reference, if any.</summary>
    public string? Reference { get; init; }

    /// <summary>The step's cost (court fee, lawyer's fee), if any, in the case's currency.</summary>
    public Money? Cost { get; init; }

    /// <summary>Why, in words (closing, withdrawing, recalling, suspending), if given.</summary>
    public string? Reason { get; init; }

    /// <summary>The written authorization the step relied on (authorizing and filing), if any.</summary>
    public AuthorizationId? AuthorizationId { get; init; }

    /// <summary>The SHA-256 of that authorization's signed document, if any.</summary>
    public DocumentHash? AuthorizationSha256 { get; init; }
}
