using Collections.Escalation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Escalation.Tests.Workflow;

/// <summary>The pure state machine's rules over generated commands.</summary>
public sealed class EscalationStateMachineProperties
{
    private static readonly LocalDate May10 = new(2026, 5, 10);

    private static EscalationCase Closed()
    {
        var authorization = TestEscalation.Authorization();
        var filed = TestEscalation.Apply(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);
        var judgment = TestEscalation.Apply(filed, EscalationCommand.RecordJudgment(new LocalDate(2026, 7, 1), TestEscalation.Lawyer, TestEscalation.HashOf("judgment")));
        return TestEscalation.Apply(judgment, EscalationCommand.Close(new LocalDate(2026, 7, 2), TestEscalation.Lawyer, "paid"));
    }

    private static EscalationCase Final(EscalationTrigger trigger) =>
        TestEscalation.Apply(TestEscalation.AuthorizedCase(), new EscalationCommand(trigger, May10, TestEscalation.Agent) { Reason = "generated" });

    /// <summary>Any command but opening: any trigger, any date in 2026, complete or not, naming any authorization.</summary>
    private static readonly Arbitrary<(EscalationCommand Command, WrittenAuthorization? Authorization)> Commands =
        (from trigger in Gen.Elements(EscalationTrigger.All.Where(t => t != EscalationTrigger.Open).ToArray())
         from day in Gen.Choose(0, 364)
         from complete in Gen.Elements(true, false)
         from which in Gen.Choose(0, Simulation.AuthorizationIds.Length - 1)
         let authorization = which < Simulation.AuthorizationIds.Length - 1 ? Simulation.PoolAuthorization(which) : null
         let command = new EscalationCommand(trigger, new LocalDate(2026, 1, 1).PlusDays(day), TestEscalation.Agent)
         {
             AuthorizationId = new AuthorizationId(Simulation.AuthorizationIds[which]),
             Document = complete ? TestEscalation.HashOf("document") : null,
             Reference = complete ? "RYD-1" : null,
             Reason = complete ? "reason" : null,
         }
         select (command, authorization)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_closed_case_never_leaves_closed() =>
        Prop.ForAll(Commands, c =>
        {
            var closed = Closed();
            var decision = EscalationStateMachine.Decide(TestEscalation.Rules(), closed, c.Command, c.Authorization, TestEscalation.NoonInRiyadh(new LocalDate(2026, 12, 31)));
            return !decision.IsAllowed && decision.Case == closed && decision.Case.Stage == EscalationStage.Closed
                && decision.Refusals.Single().Code == EscalationRefusalCode.CaseFinal;
        });

    [Property(MaxTest = 200)]
    public Property A_withdrawn_or_recalled_case_never_moves_again() =>
        Prop.ForAll(Commands, Gen.Elements(EscalationTrigger.Withdraw, EscalationTrigger.Recall).ToArbitrary(), (c, how) =>
        {
            var final = Final(how);
            var decision = EscalationStateMachine.Decide(TestEscalation.Rules(), final, c.Command, c.Authorization, TestEscalation.NoonInRiyadh(new LocalDate(2026, 12, 31)));
            return !decision.IsAllowed && decision.Case == final;
        });

    [Property(MaxTest = 300)]
    public Property A_step_is_allowed_only_along_a_row_of_the_table_with_every_guard_met() =>
        Prop.ForAll(Commands, Gen.Elements(0, 1, 2).ToArbitrary(), (c, start) =>
        {
            var current = start switch
            {
                0 => TestEscalation.OpenCase(),
                1 => TestEscalation.Apply(TestEscalation.OpenCase(), EscalationCommand.Request(new LocalDate(2026, 4, 1), TestEscalation.Agent)),
                _ => TestEscalation.AuthorizedCase(),
            };
            var decision = EscalationStateMachine.Decide(TestEscalation.Rules(), current, c.Command, c.Authorization, TestEscalation.NoonInRiyadh(new LocalDate(2026, 12, 31)));
            var row = EscalationStateMachine.Transitions.SingleOrDefault(t => t.Trigger == c.Command.Trigger && t.From == current.Stage);
            if (!decision.IsAllowed)
            {
                return decision.Case == current;
            }

            var authorizationNeeded = row!.Guards.Contains(EscalationGuard.ValidAuthorization);
            return decision.Case!.Stage == row.To
                && (!row.Guards.Contains(EscalationGuard.Document) || c.Command.Document is not null)
                && (!row.Guards.Contains(EscalationGuard.Reason) || c.Command.Reason is not null)
                && (!authorizationNeeded || Simulation.PlainlyValid(c.Authorization, c.Command.On))
                && c.Command.On >= current.LastStep.On;
        });
}
