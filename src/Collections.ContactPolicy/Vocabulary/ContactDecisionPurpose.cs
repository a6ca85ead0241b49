namespace Collections.ContactPolicy;

/// <summary>Why the gate decided: to answer a question (planning, a screen showing when a debtor may be called) or before an attempt it then permits.</summary>
public enum ContactDecisionPurpose
{
    /// <summary>A question only (<see cref="ContactGate.CheckAsync"/>): nothing may be sent on the strength of this decision.</summary>
    Check = 1,

    /// <summary>Before an attempt (<see cref="ContactGate.AuthorizeAsync"/>, <see cref="ContactGate.ContactAsync"/>): when allowed, a permit was issued.</summary>
    Attempt = 2,
}
