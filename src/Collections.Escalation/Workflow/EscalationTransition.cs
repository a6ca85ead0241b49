using System.Collections.Immutable;

namespace Collections.Escalation;

/// <summary>One row of the legal track's transition table: a trigger, the stage it is permitted from (null: the start), the stage it leads to, and the guards it checks.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="From">The stage it is permitted from, or null for opening a case.</param>
/// <param name="To">The stage it leads to.</param>
/// <param name="Guards">What it checks before moving the case (every step is also <see cref="EscalationGuard.Dated"/>).</param>
public sealed record EscalationTransition(EscalationTrigger Trigger, EscalationStage? From, EscalationStage To, ImmutableArray<EscalationGuard> Guards);
