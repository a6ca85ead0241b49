namespace Collections.ContactPolicy;

/// <summary>How long a denial lasts.</summary>
public enum DenialKind
{
    /// <summary>Lifts by itself with time (a window opens, an attempt ages out of a cap, a waiting time ends).</summary>
    Timed = 0,

    /// <summary>Lifts when a hold is lifted (a dispute resolved, a legal hold released).</summary>
    UntilHoldLifted = 1,

    /// <summary>Does not lift for this request (opt-out, do-not-contact, a channel or template the policy refuses).</summary>
    Permanent = 2,
}
