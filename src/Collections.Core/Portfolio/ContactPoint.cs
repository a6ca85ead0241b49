namespace Collections.Core;

/// <summary>A way to reach a debtor: a phone number (E.164 when valid), an e-mail or an address.</summary>
/// <remarks>An invalid contact point is kept with its original text and a note, never dropped.</remarks>
public sealed record ContactPoint
{
    /// <summary>Creates a contact point.</summary>
    /// <param name="id">The contact point's identifier.</param>
    /// <param name="kind">Mobile, landline, e-mail or postal address.</param>
    /// <param name="value">The normalised value (E.164 for a valid phone number) or the original text when invalid.</param>
    /// <param name="status">Valid, invalid or unverified.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public ContactPoint(ContactPointId id, ContactPointKind kind, string value, ContactPointStatus status)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(status);
        Id = id;
        Kind = kind;
        Value = value;
        Status = status;
    }

    /// <summary>The contact point's identifier.</summary>
    public ContactPointId Id { get; }

    /// <summary>Mobile, landline, e-mail or postal address.</summary>
    public ContactPointKind Kind { get; }

    /// <summary>The normalised value, or the original text when invalid.</summary>
    public string Value { get; }

    /// <summary>Valid, invalid or unverified.</summary>
    public ContactPointStatus Status { get; }

    /// <summary>The text as it appeared in the source, when it differs from <see cref="Value"/>.</summary>
    public string? OriginalText { get; init; }

    /// <summary>Why the contact point is invalid, in words, when it is.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the contact point can be used (status valid).</summary>
    public bool IsUsable => Status == ContactPointStatus.Valid;
}
