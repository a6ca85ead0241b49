using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Escalation;

/// <summary>A request to move a case on the legal track: the trigger, the step's business date, who asks, and what the step carries (document hash, court reference, cost, reason, authorization).</summary>
/// <remarks>
/// The factories name what each step needs (<see cref="File"/> takes the statement of claim's hash and the court's
/// reference); the state machine still checks every guard, so a command built with the constructor and missing
/// something is refused with a reason, not an exception. Opening a case is not a command: see
/// <see cref="EscalationStateMachine.Open"/>.
/// </remarks>
public sealed record EscalationCommand
{
    private readonly Money? _cost;

    /// <summary>Creates a command.</summary>
    /// <param name="trigger">What to do (any trigger but <see cref="EscalationTrigger.Open"/>).</param>
    /// <param name="on">The step's business date.</param>
    /// <param name="actor">Who asks.</param>
    /// <exception cref="ArgumentNullException">The trigger is null.</exception>
    /// <exception cref="ArgumentException">The trigger is <see cref="EscalationTrigger.Open"/>, or the actor is the default value.</exception>
    public EscalationCommand(EscalationTrigger trigger, LocalDate on, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger == EscalationTrigger.Open)
        {
            throw new ArgumentException("A case is opened with EscalationStateMachine.Open (or EscalationWorkflow.OpenAsync), from the account's evidence.", nameof(trigger));
        }

        if (actor.Value is null)
        {
            throw new ArgumentException("A command needs the actor who asks for it.", nameof(actor));
        }

        Trigger = trigger;
        On = on;
        Actor = actor;
    }

    /// <summary>What to do.</summary>
    public EscalationTrigger Trigger { get; }

    /// <summary>The step's business date (the filing date, the judgment date); no later than today in the creditor's time zone.</summary>
    public LocalDate On { get; }

    /// <summary>Who asks.</summary>
    public AuditActor Actor { get; }

    /// <summary>The SHA-256 of the step's document.</summary>
    public DocumentHash? Document { get; init; }

    /// <summary>The court's case reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The step's cost (court fee, lawyer's fee), zero or more, in the case's currency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative.</exception>
    public Money? Cost
    {
        get => _cost;
        init
        {
            if (value is { IsNegative: true } negative)
            {
                throw new ArgumentOutOfRangeException(nameof(Cost), negative.ToString(), "A step's cost is zero or more.");
            }

            _cost = value;
        }
    }

    /// <summary>Why, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>The written authorization to record (for <see cref="EscalationTrigger.Authorize"/>).</summary>
    public AuthorizationId? AuthorizationId { get; init; }

    /// <summary>Requests the creditor's prior written authorization.</summary>
    /// <param name="on">The date of the request.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="requestLetter">The SHA-256 of the request sent to the creditor, if kept.</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Request(LocalDate on, AuditActor actor, DocumentHash? requestLetter = null) =>
        new(EscalationTrigger.Request, on, actor) { Document = requestLetter };

    /// <summary>Records the written authorization that covers the account.</summary>
    /// <param name="on">The date.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="authorization">The authorization on record (<see cref="IAuthorizationStore"/>).</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Authorize(LocalDate on, AuditActor actor, AuthorizationId authorization) =>
        new(EscalationTrigger.Authorize, on, actor) { AuthorizationId = authorization };

    /// <summary>Files the claim.</summary>
    /// <param name="on">The filing date.</param>
    /// <param name="actor">Who filed it.</param>
    /// <param name="statementOfClaim">The SHA-256 of the statement of claim as filed.</param>
    /// <param name="courtReference">The court's case reference.</param>
    /// <param name="courtFee">The filing fee, if any.</param>
    /// <returns>The command.</returns>
    public static EscalationCommand File(LocalDate on, AuditActor actor, DocumentHash statementOfClaim, string courtReference, Money? courtFee = null) =>
        new(EscalationTrigger.File, on, actor) { Document = statementOfClaim, Reference = courtReference, Cost = courtFee };

    /// <summary>Records the judgment.</summary>
    /// <param name="on">The judgment's date.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="judgment">The SHA-256 of the judgment.</param>
    /// <param name="cost">Costs of the step, if any.</param>
    /// <returns>The command.</returns>
    public static EscalationCommand RecordJudgment(LocalDate on, AuditActor actor, DocumentHash judgment, Money? cost = null) =>
        new(EscalationTrigger.RecordJudgment, on, actor) { Document = judgment, Cost = cost };

    /// <summary>Starts enforcement of the judgment.</summary>
    /// <param name="on">The date of the enforcement request.</param>
    /// <param name="actor">Who filed it.</param>
    /// <param name="enforcementRequest">The SHA-256 of the enforcement request.</param>
    /// <param name="cost">Costs of the step, if any.</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Enforce(LocalDate on, AuditActor actor, DocumentHash enforcementRequest, Money? cost = null) =>
        new(EscalationTrigger.Enforce, on, actor) { Document = enforcementRequest, Cost = cost };

    /// <summary>Closes the concluded case.</summary>
    /// <param name="on">The date.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="reason">How it concluded (paid under the judgment, enforcement exhausted).</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Close(LocalDate on, AuditActor actor, string reason) =>
        new(EscalationTrigger.Close, on, actor) { Reason = reason };

    /// <summary>Withdraws the escalation.</summary>
    /// <param name="on">The date.</param>
    /// <param name="actor">Who withdraws it.</param>
    /// <param name="reason">Why (settled, paid, hardship).</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Withdraw(LocalDate on, AuditActor actor, string reason) =>
        new(EscalationTrigger.Withdraw, on, actor) { Reason = reason };

    /// <summary>Records the creditor's recall of the account.</summary>
    /// <param name="on">The date.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="reason">The creditor's reason.</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Recall(LocalDate on, AuditActor actor, string reason) =>
        new(EscalationTrigger.Recall, on, actor) { Reason = reason };

    /// <summary>Suspends an authorized case whose authorization no longer holds.</summary>
    /// <param name="on">The date.</param>
    /// <param name="actor">Who suspends it.</param>
    /// <param name="reason">Why (revoked, expired).</param>
    /// <returns>The command.</returns>
    public static EscalationCommand Suspend(LocalDate on, AuditActor actor, string reason) =>
        new(EscalationTrigger.Suspend, on, actor) { Reason = reason };
}
