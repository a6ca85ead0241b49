namespace Collections.Core.Audit;

/// <summary>What to record in the audit log: who did what, to what, with which details. <see cref="AuditTrail"/> adds the sequence, the instant and the hashes.</summary>
public sealed record AuditEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="actor">Who acted.</param>
    /// <param name="action">What was done.</param>
    /// <param name="subject">What it was about.</param>
    /// <param name="payload">The details (a canonical JSON object).</param>
    /// <exception cref="ArgumentException">The actor, action or subject is the default value, or the payload is null; every violation listed.</exception>
    public AuditEvent(AuditActor actor, AuditAction action, AuditSubject subject, AuditPayload payload)
    {
        var violations = new List<string>();
        if (actor.Value is null)
        {
            violations.Add("the actor is the default value");
        }

        if (action.Code is null)
        {
            violations.Add("the action is the default value");
        }

        if (subject.Value is null)
        {
            violations.Add("the subject is the default value");
        }

        if (payload is null)
        {
            violations.Add("the payload is null");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("An audit event needs an actor, an action, a subject and a payload: " + string.Join("; ", violations) + ".");
        }

        Actor = actor;
        Action = action;
        Subject = subject;
        Payload = payload!;
    }

    /// <summary>Who acted.</summary>
    public AuditActor Actor { get; }

    /// <summary>What was done.</summary>
    public AuditAction Action { get; }

    /// <summary>What it was about.</summary>
    public AuditSubject Subject { get; }

    /// <summary>The details.</summary>
    public AuditPayload Payload { get; }
}
