using System.Collections.Immutable;

namespace Collections.Escalation;

/// <summary>What revoking a written authorization did: the revoked authorization, the authorized cases it suspended, and the cases it could not stop.</summary>
public sealed record AuthorizationRevocationOutcome
{
    internal AuthorizationRevocationOutcome(
        WrittenAuthorization authorization, ImmutableArray<EscalationDecision> suspended, ImmutableArray<EscalationCase> alreadyFiled, ImmutableArray<EscalationCase> notYetEffective)
    {
        Authorization = authorization;
        Suspended = suspended;
        AlreadyFiled = alreadyFiled;
        NotYetEffective = notYetEffective;
    }

    /// <summary>The authorization, revoked.</summary>
    public WrittenAuthorization Authorization { get; }

    /// <summary>The suspensions of the cases authorized under it and not yet filed (each back to requested).</summary>
    public ImmutableArray<EscalationDecision> Suspended { get; }

    /// <summary>Cases already filed (or beyond) under it: a revocation does not undo a filing; withdrawing them is the creditor's separate decision.</summary>
    public ImmutableArray<EscalationCase> AlreadyFiled { get; }

    /// <summary>Authorized cases not suspended because the revocation takes effect after today; the filing guard refuses them from its date.</summary>
    public ImmutableArray<EscalationCase> NotYetEffective { get; }
}
