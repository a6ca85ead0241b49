namespace Collections.ContactPolicy;

/// <summary>What a decision says about when the attempt will next be allowed.</summary>
public enum NextAllowedKind
{
    /// <summary>Allowed at the requested instant.</summary>
    Now = 0,

    /// <summary>Refused now; allowed at <see cref="ContactDecision.NextAllowedAt"/>, the earliest instant at which every rule allows it.</summary>
    Later = 1,

    /// <summary>Refused until a hold (an open dispute or legal hold with no end yet) is lifted; no instant can be given.</summary>
    WhenHoldLifted = 2,

    /// <summary>Never allowed as requested (opt-out, do-not-contact, cease-communication, a channel, recipient or template the policy refuses).</summary>
    Never = 3,

    /// <summary>Only timed rules refuse, but no instant within the search horizon (400 days) is allowed by all of them.</summary>
    BeyondSearchHorizon = 4,
}
