namespace Collections.ContactPolicy;

/// <summary>How a policy version change came to be recorded.</summary>
public enum ContactPolicyChangeBasis
{
    /// <summary>Activated through <see cref="ContactGate.ActivateAsync"/> by someone named (code <c>activated</c>).</summary>
    Activated = 1,

    /// <summary>Found deciding with no change to it on record — deployed with a new policy file, say — and recorded before its first decision (code <c>first_decision</c>).</summary>
    FirstDecision = 2,
}
