using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.Escalation.InMemory;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Testing;

namespace Collections.Escalation.Tests.Support;

/// <summary>One operation a host could run against the workflow.</summary>
internal abstract record Operation
{
    /// <summary>Days after "today" the operation is dated (negative: backdated).</summary>
    public int Offset { get; init; }
}

internal sealed record Tick(int Days) : Operation;

internal sealed record Step(EscalationTrigger Trigger, bool Complete, int Authorization) : Operation;

internal sealed record Revoke(int Authorization, int RevokedOnOffset) : Operation;

/// <summary>The workflow over in-memory ports, a fake clock, and a pool of authorizations of every kind (valid, another creditor's, outside the scope, short-lived, not yet signed, not on record).</summary>
internal sealed class Simulation
{
    public static readonly string[] AuthorizationIds = ["AUTH-VALID", "AUTH-OTHER-CREDITOR", "AUTH-OTHER-ACCOUNT", "AUTH-SHORT", "AUTH-PLACEMENT-LATER", "AUTH-NOT-ON-RECORD"];

    public Simulation()
    {
        Clock = new FakeClock(TestEscalation.NoonInRiyadh(TestEscalation.AsOf.PlusDays(2)));
        Audit = new AuditTrail(AuditStore, Clock);
        Workflow = new EscalationWorkflow(EscalationRuleSet.Of(TestEscalation.Rules()), Cases, Authorizations, Documents, Audit, Holds, Clock);
    }

    public FakeClock Clock { get; }

    public InMemoryEscalationCaseStore Cases { get; } = new();

    public InMemoryAuthorizationStore Authorizations { get; } = new();

    public InMemoryAuthorizationDocumentStore Documents { get; } = new();

    public InMemoryAuditStore AuditStore { get; } = new();

    public AuditTrail Audit { get; }

    public InMemoryLegalHoldRegistry Holds { get; } = new();

    public EscalationWorkflow Workflow { get; }

    public List<EscalationDecision> Decisions { get; } = [];

    /// <summary>Filings allowed, with the authorization on record when each was decided.</summary>
    public List<(EscalationStep Step, WrittenAuthorization? OnRecord)> Filings { get; } = [];

    public int Revocations { get; private set; }

    public LocalDate Today => Clock.GetCurrentInstant().InZone(TestEscalation.Riyadh).Date;

    public static WrittenAuthorization PoolAuthorization(int index)
    {
        var builder = TestEscalation.AuthorizationBuilder(AuthorizationIds[index]);
        builder.Scope = AuthorizationScope.ForAccounts([TestEscalation.Account]);
        builder.SignedOn = new LocalDate(2026, 4, 1);
        builder.ValidThrough = new LocalDate(2026, 6, 30);
        switch (index)
        {
            case 1:
                builder.Creditor = TestEscalation.OtherCreditor;
                break;
            case 2:
                builder.Scope = AuthorizationScope.ForAccounts([TestEscalation.OtherAccount]);
                break;
            case 3:
                builder.SignedOn = new LocalDate(2026, 3, 1);
                builder.ValidThrough = new LocalDate(2026, 4, 5);
                break;
            case 4:
                builder.Scope = AuthorizationScope.ForPlacement(TestEscalation.Placement);
                builder.SignedOn = new LocalDate(2026, 4, 10);
                builder.ValidThrough = new LocalDate(2026, 12, 31);
                break;
        }

        return builder.Build();
    }

    /// <summary>A plain reading of "valid": same creditor, signed on or before, not expired, not revoked, the account in scope.</summary>
    public static bool PlainlyValid(WrittenAuthorization? authorization, LocalDate on) =>
        authorization is not null
        && authorization.Creditor == TestEscalation.Acme
        && authorization.SignedOn <= on && on <= authorization.ValidThrough
        && (authorization.Revocation is null || on < authorization.Revocation.RevokedOn)
        && (authorization.Scope.Accounts.Contains(TestEscalation.Account) || authorization.Scope.Placement == TestEscalation.Placement);

    public async Task StartAsync()
    {
        for (var i = 0; i < AuthorizationIds.Length - 1; i++)
        {
            var authorization = PoolAuthorization(i);
            var recording = await Workflow.RecordAuthorizationAsync(authorization, new MemoryStream(TestEscalation.Document(authorization.Id.Value)), TestEscalation.Agent);
            Assert.True(recording.IsRecorded);
        }

        Decisions.Add(await Workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent));
    }

    public async Task RunAsync(Operation operation)
    {
        var on = Today.PlusDays(operation.Offset);
        switch (operation)
        {
            case Tick tick:
                Clock.AdvanceDays(tick.Days);
                return;
            case Revoke revoke:
                var id = new AuthorizationId(AuthorizationIds[revoke.Authorization]);
                var stored = await Authorizations.FindAsync(id);
                if (stored is null || Today.PlusDays(revoke.RevokedOnOffset) < stored.SignedOn)
                {
                    return;
                }

                var outcome = await Workflow.RevokeAuthorizationAsync(id, new AuthorizationRevocation(Today.PlusDays(revoke.RevokedOnOffset), "Synthetic Signer", "generated"), TestEscalation.Agent);
                Revocations++;
                Decisions.AddRange(outcome.Suspended);
                return;
            case Step step:
                var command = Command(step, on);
                var current = await Cases.FindAsync(TestEscalation.CaseId);
                var onRecord = current?.AuthorizationId is { } caseAuthorization ? await Authorizations.FindAsync(caseAuthorization) : null;
                var decision = await Workflow.AdvanceAsync(TestEscalation.CaseId, command);
                Decisions.Add(decision);
                if (decision.IsAllowed && decision.Step!.Trigger == EscalationTrigger.File)
                {
                    Filings.Add((decision.Step, onRecord));
                }

                return;
        }
    }

    private static EscalationCommand Command(Step step, LocalDate on)
    {
        var actor = TestEscalation.Agent;
        var authorization = new AuthorizationId(AuthorizationIds[step.Authorization]);
        var document = step.Complete ? TestEscalation.HashOf(step.Trigger.Code) : (DocumentHash?)null;
        return new EscalationCommand(step.Trigger, on, actor)
        {
            AuthorizationId = step.Trigger == EscalationTrigger.Authorize ? authorization : null,
            Document = document,
            Reference = step.Complete ? "RYD-2026-000001" : null,
            Reason = step.Complete ? "generated" : null,
            Cost = step.Complete ? TestEscalation.Sar(100m) : null,
        };
    }

    /// <summary>Operations biased toward the happy path so that many runs reach filed and beyond.</summary>
    public static Gen<Operation> Operations() =>
        from kind in Gen.Frequency(
            (6, Gen.Constant("tick")),
            (3, Gen.Constant("request")),
            (4, Gen.Constant("authorize")),
            (4, Gen.Constant("file")),
            (2, Gen.Constant("judgment")),
            (2, Gen.Constant("enforce")),
            (2, Gen.Constant("close")),
            (1, Gen.Constant("withdraw")),
            (1, Gen.Constant("recall")),
            (2, Gen.Constant("suspend")),
            (3, Gen.Constant("revoke")))
        from days in Gen.Choose(0, 20)
        from offset in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(-3, -1)), (1, Gen.Constant(1)))
        from complete in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from authorization in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Choose(1, AuthorizationIds.Length - 1)))
        from revokedOn in Gen.Choose(-5, 5)
        select kind switch
        {
            "tick" => (Operation)new Tick(days),
            "revoke" => new Revoke(authorization, revokedOn),
            _ => new Step(
                kind switch
                {
                    "request" => EscalationTrigger.Request,
                    "authorize" => EscalationTrigger.Authorize,
                    "file" => EscalationTrigger.File,
                    "judgment" => EscalationTrigger.RecordJudgment,
                    "enforce" => EscalationTrigger.Enforce,
                    "close" => EscalationTrigger.Close,
                    "withdraw" => EscalationTrigger.Withdraw,
                    "recall" => EscalationTrigger.Recall,
                    _ => EscalationTrigger.Suspend,
                },
                complete,
                authorization) { Offset = offset },
        };

    /// <summary>Half the runs start along the track (request, authorize with some authorization, file), then anything.</summary>
    public static Gen<Operation[]> RunGen() =>
        from prefix in Gen.Elements(0, 0, 1, 2, 3)
        from authorization in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(4)), (2, Gen.Choose(1, AuthorizationIds.Length - 1)))
        from rest in Operations().ListOf()
        let track = new Operation[]
        {
            new Step(EscalationTrigger.Request, true, 0),
            new Step(EscalationTrigger.Authorize, true, authorization),
            new Step(EscalationTrigger.File, true, 0),
        }
        select track.Take(prefix).Concat(rest).Take(30).ToArray();

    public static Arbitrary<Operation[]> Runs() => RunGen().ToArbitrary();
}
