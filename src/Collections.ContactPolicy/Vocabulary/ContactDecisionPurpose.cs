namespace Collections.ContactPolicy;

/// <summary>Why a decision was made: to answer a question (planning, a screen showing when a debtor may be called), before an attempt the gate then permits, or in a replay of past attempts.</summary>
public enum ContactDecisionPurpose
{
    /// <summary>A question only (<see cref="ContactGate.CheckAsync"/>): nothing may be sent on the strength of this decision.</summary>
    Check = 1,

    /// <summary>Before an attempt (<see cref="ContactGate.AuthorizeAsync"/>, <see cref="ContactGate.ContactAsync"/>): when allowed, a permit was issued.</summary>
    Attempt = 2,

    /// <summary>Decided again over a recorded history (<see cref="ContactPolicyReplay"/>): a what-if, nothing was sent.</summary>
    Replay = 3,
}
