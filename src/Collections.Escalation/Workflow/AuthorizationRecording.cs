using System.Collections.Immutable;

namespace Collections.Escalation;

/// <summary>The answer to recording a written authorization: recorded, or refused with the reasons (the signed document is not the one the authorization names).</summary>
public sealed record AuthorizationRecording
{
    internal AuthorizationRecording(WrittenAuthorization authorization, DocumentHash documentHash, ImmutableArray<EscalationRefusal> refusals)
    {
        Authorization = authorization;
        DocumentHash = documentHash;
        Refusals = refusals;
    }

    /// <summary>The authorization.</summary>
    public WrittenAuthorization Authorization { get; }

    /// <summary>The SHA-256 of the document given.</summary>
    public DocumentHash DocumentHash { get; }

    /// <summary>Whether the authorization and its document are on record.</summary>
    public bool IsRecorded => Refusals.IsEmpty;

    /// <summary>Why not, when refused.</summary>
    public ImmutableArray<EscalationRefusal> Refusals { get; }
}
