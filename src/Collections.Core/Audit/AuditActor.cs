using System.Diagnostics.CodeAnalysis;

namespace Collections.Core.Audit;

/// <summary>Who acted, as recorded in the audit log: a person, a service or a job, for example <c>user:1024</c> or <c>system:contact-gate</c>.</summary>
/// <remarks>An open set, so a typed text rather than an enumeration: hosts name their own users and services. The text is hashed as given (no Unicode normalisation).</remarks>
public readonly record struct AuditActor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space, control characters or unpaired surrogates.</param>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is not valid.</exception>
    public AuditActor(string value)
    {
        AuditText.Validate(value, nameof(value), "An AuditActor");
        Value = value;
    }

    /// <summary>The actor's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an actor from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="actor">The actor when valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out AuditActor actor)
    {
        actor = AuditText.IsValid(value) ? new AuditActor(value) : default;
        return AuditText.IsValid(value);
    }

    /// <summary>The actor's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
