using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>An attempt made under a permit, as the gate hands it to <see cref="IContactAttemptStore.AppendAsync"/>: only the gate creates one, so no attempt reaches the store through the library without an allowing decision.</summary>
/// <remarks>A store keeps at least <see cref="Attempt"/> (what later decisions count) and should keep
/// <see cref="AttemptId"/> and <see cref="PolicyVersion"/>, which tie the attempt to its audited decision.</remarks>
public sealed record PermittedAttempt
{
    internal PermittedAttempt(ContactAttemptId attemptId, PriorAttempt attempt, TemplateId? templateId, PolicyVersion policyVersion, Instant recordedAt)
    {
        AttemptId = attemptId;
        Attempt = attempt;
        TemplateId = templateId;
        PolicyVersion = policyVersion;
        RecordedAt = recordedAt;
    }

    /// <summary>The permit's attempt identifier.</summary>
    public ContactAttemptId AttemptId { get; }

    /// <summary>The attempt: when it started, channel, outcome, debt, debtor, contact point.</summary>
    public PriorAttempt Attempt { get; }

    /// <summary>The template used, if any.</summary>
    public TemplateId? TemplateId { get; }

    /// <summary>The policy version whose decision allowed it.</summary>
    public PolicyVersion PolicyVersion { get; }

    /// <summary>When the gate recorded it (its clock).</summary>
    public Instant RecordedAt { get; }
}
