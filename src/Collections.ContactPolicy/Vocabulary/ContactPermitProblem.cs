namespace Collections.ContactPolicy;

/// <summary>Why a <see cref="ContactPermit"/> could not be used (<see cref="ContactPermitException.Problem"/>).</summary>
public enum ContactPermitProblem
{
    /// <summary>The permit was already used to record an attempt: one permit, one attempt.</summary>
    AlreadyUsed = 1,

    /// <summary>The attempt was not started while the permit was valid (from its issue until <see cref="ContactPermit.ExpiresAt"/>), or lies in the future.</summary>
    Expired = 2,

    /// <summary>The attempt is recorded after <see cref="ContactPermit.RecordBy"/>.</summary>
    TooLateToRecord = 3,

    /// <summary>The permit was issued by another <see cref="ContactGate"/> (another policy, store or audit trail).</summary>
    IssuedByAnotherGate = 4,

    /// <summary>The attempt differs from what the permit allows: another debt, debtor, contact point or channel.</summary>
    DoesNotMatch = 5,
}
