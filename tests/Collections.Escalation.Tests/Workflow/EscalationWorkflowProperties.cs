using Collections.Core.Audit;
using Collections.Escalation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Escalation.Tests.Workflow;

/// <summary>The legal track's rules over generated sequences of operations (steps in any order, backdated or future-dated, complete or not, with every kind of authorization, revocations, days passing), run through the workflow.</summary>
public sealed class EscalationWorkflowProperties
{
    private static Simulation Run(Operation[] operations)
    {
        var simulation = new Simulation();
        simulation.StartAsync().GetAwaiter().GetResult();
        foreach (var operation in operations)
        {
            simulation.RunAsync(operation).GetAwaiter().GetResult();
        }

        return simulation;
    }

    [Fact]
    public void The_generated_runs_reach_filed_judgment_and_revocations_often_enough_to_test_the_rules()
    {
        var runs = Simulation.RunGen().Sample(200, new Rnd(20261204UL, 1UL), 30).Select(Run).ToList();

        Assert.True(runs.Count(r => r.Filings.Count > 0) >= 40, $"{runs.Count(r => r.Filings.Count > 0)} of 200 runs reached filed.");
        Assert.True(runs.Count(r => r.Cases.All.Single().Stage == EscalationStage.Judgment || r.Cases.All.Single().Stage.IsFinal) >= 20);
        Assert.True(runs.Count(r => r.Revocations > 0) >= 40);
        Assert.True(runs.Count(r => r.Decisions.Any(d => d.Refusals.Any(x => x.Code.IsAuthorizationRefusal))) >= 40);
    }

    [Property(MaxTest = 300)]
    public Property No_sequence_of_operations_reaches_filed_without_a_valid_authorization() =>
        Prop.ForAll(Simulation.Runs(), operations =>
        {
            var simulation = Run(operations);
            return simulation.Filings.All(f => f.Step.AuthorizationId == f.OnRecord?.Id && Simulation.PlainlyValid(f.OnRecord, f.Step.On))
                .Classify(simulation.Filings.Count > 0, "reached filed")
                .Classify(simulation.Revocations > 0, "with a revocation");
        });

    [Property(MaxTest = 200)]
    public Property Every_step_taken_is_a_row_of_the_transition_table() =>
        Prop.ForAll(Simulation.Runs(), operations =>
        {
            var steps = Run(operations).Cases.All.Single().Steps;
            return steps.Select((s, i) => s.Sequence == i + 1
                    && (i == 0 ? s.From is null : s.From == steps[i - 1].To)
                    && EscalationStateMachine.Transitions.Any(t => t.Trigger == s.Trigger && t.From == s.From && t.To == s.To)
                    && (i == 0 || (s.On >= steps[i - 1].On && s.At >= steps[i - 1].At)))
                .All(ok => ok);
        });

    [Property(MaxTest = 200)]
    public Property Every_decision_is_audited_and_the_log_verifies() =>
        Prop.ForAll(Simulation.Runs(), operations =>
        {
            var simulation = Run(operations);
            var log = simulation.AuditStore.ReadAsync().ToBlockingEnumerable().ToList();
            var escalation = log.Where(e => e.Action is "escalation.step" or "escalation.refused").ToList();
            var steps = simulation.Cases.All.Single().Steps.Length;
            return AuditVerifier.Verify(log).IsIntact
                && escalation.Count == simulation.Decisions.Count
                && escalation.Count(e => e.Action == "escalation.step") == steps
                && log.Count(e => e.Action == "escalation.authorization_recorded") == Simulation.AuthorizationIds.Length - 1
                && log.Count(e => e.Action == "escalation.authorization_revoked") <= simulation.Revocations;
        });

    [Property(MaxTest = 200)]
    public Property Revoking_an_authorization_stops_every_escalation_not_yet_filed() =>
        Prop.ForAll(Simulation.Runs(), Gen.Choose(0, 10).ToArbitrary(), (operations, later) =>
        {
            var simulation = Run(operations);
            var escalationCase = simulation.Cases.All.Single();
            if (escalationCase.Stage != EscalationStage.Authorized)
            {
                return true.Classify(true, "not authorized at the end");
            }

            var id = escalationCase.AuthorizationId!.Value;
            if (simulation.Authorizations.FindAsync(id).GetAwaiter().GetResult()!.IsRevoked)
            {
                // Revoked earlier from a later date: the first revocation stands (the filing guard applies it from its date).
                return true.Classify(true, "already revoked from a later date");
            }

            var outcome = simulation.Workflow.RevokeAuthorizationAsync(
                id, new AuthorizationRevocation(simulation.Today, "Synthetic Signer", "stop"), TestEscalation.Agent).GetAwaiter().GetResult();
            simulation.Clock.AdvanceDays(later);
            var filing = simulation.Workflow.AdvanceAsync(escalationCase.Id, TestEscalation.Filing(simulation.Today)).GetAwaiter().GetResult();
            var after = simulation.Cases.All.Single();
            return (after.Stage == EscalationStage.Requested && after.AuthorizationId is null && outcome.Suspended.Length == 1 && !filing.IsAllowed)
                .Classify(true, "authorized at the end");
        });

    [Property(MaxTest = 200)]
    public Property The_legal_hold_is_on_exactly_while_the_case_is_at_or_after_filed() =>
        Prop.ForAll(Simulation.Runs(), operations =>
        {
            var simulation = Run(operations);
            var escalationCase = simulation.Cases.All.Single();
            var held = simulation.Holds.IsHeld(TestEscalation.Account, simulation.Clock.GetCurrentInstant());
            var everFiled = escalationCase.Steps.Any(s => s.To == EscalationStage.Filed);
            return held == escalationCase.Stage.IsAtOrAfterFiled()
                && simulation.Holds.HoldsOn(TestEscalation.Account).Count == (everFiled ? 1 : 0);
        });

    [Property(MaxTest = 200)]
    public Property A_refused_command_leaves_the_stored_case_unchanged() =>
        Prop.ForAll(Simulation.Runs(), Simulation.Operations().ToArbitrary(), (operations, last) =>
        {
            if (last is not Step)
            {
                return true;
            }

            var simulation = Run(operations);
            var before = simulation.Cases.All.Single();
            simulation.RunAsync(last).GetAwaiter().GetResult();
            return simulation.Decisions[^1].IsAllowed || simulation.Cases.All.Single() == before;
        });
}

/// <summary>The legal hold's stages under ACME's rules (from filed).</summary>
internal static class StageExtensions
{
    public static bool IsAtOrAfterFiled(this EscalationStage stage) =>
        stage == EscalationStage.Filed || stage == EscalationStage.Judgment || stage == EscalationStage.Enforcement;
}
