using System.Collections.Immutable;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Promise evaluations turned into <see cref="KpiPromiseDue"/> facts and counted: the PTP kept rates of March 2026,
/// worked out by hand.</summary>
/// <remarks>
/// Evaluated on 2026-04-03 (March 31 + 3 grace days), SAR:
/// P1 (ACC-1, agent-7) 1,000.00 due 03-10, paid 1,000.00 on 03-09: kept, 1,000.00 kept;
/// P2 (ACC-2, agent-7) 500.00 due 03-12, paid 200.00 on 03-12: partially kept, 200.00 kept;
/// P3 (ACC-3, agent-9) 300.00 due 03-15, nothing paid: broken, 0 kept;
/// P4 (ACC-4, agent-9) 3 × 400.00 due 03-05, 03-20, 03-28: 400.00 on 03-05 keeps the first; nothing by 03-23 breaks the
/// second; 800.00 on 03-25 keeps the third with 400.00 beyond the promise: partially kept, 800.00 kept, although
/// 1,200.00 — the whole promise — was paid within grace;
/// P5 (ACC-5, agent-7) 100.00 made 03-25 due 04-02, unpaid: pending on 04-03 (grace until 04-05), so not yet falling due.
/// By promise: kept 1 of 4; partially kept 2 of 4; broken 1 of 4; by amount (1,000 + 200 + 0 + 800) / (1,000 + 500 + 300 + 1,200) = 2,000 / 3,000.
/// By installment: P1, P2, P3 and P4's three installments = 6 facts; kept 3 (P1, P4 #1, P4 #3), partially kept 1, broken 2; same amounts.
/// </remarks>
public sealed class KpiPromiseBridgeTests
{
    private static readonly LocalDate AsOf = D(2026, 4, 3);

    private static readonly KpiScope March = KpiScope.Create(
        new DateInterval(D(2026, 3, 1), D(2026, 3, 31)), Currency.SaudiRiyal, AgingBucketSet.Default, [KpiDimension.Agent]);

    private static AccountId Acc(int n) => new($"ACC-{n}");

    private static PromiseToPay[] Promises =>
    [
        PromiseToPay.Create(new PromiseId("P1"), Acc(1), D(2026, 3, 1), Sar(1_000m), D(2026, 3, 10), new PromiseOrigin(Channel.Call, "agent-7", "ptp-script-ar")),
        PromiseToPay.Create(new PromiseId("P2"), Acc(2), D(2026, 3, 2), Sar(500m), D(2026, 3, 12), new PromiseOrigin(Channel.Call, "agent-7")),
        PromiseToPay.Create(new PromiseId("P3"), Acc(3), D(2026, 3, 3), Sar(300m), D(2026, 3, 15), new PromiseOrigin(Channel.WhatsApp, "agent-9")),
        PromiseToPay.InInstallments(
            new PromiseId("P4"),
            Acc(4),
            D(2026, 3, 1),
            [new(D(2026, 3, 5), Sar(400m)), new(D(2026, 3, 20), Sar(400m)), new(D(2026, 3, 28), Sar(400m))],
            new PromiseOrigin(Channel.Call, "agent-9")),
        PromiseToPay.Create(new PromiseId("P5"), Acc(5), D(2026, 3, 25), Sar(100m), D(2026, 4, 2), new PromiseOrigin(Channel.Call, "agent-7")),
    ];

    private static Payment[] Payments =>
    [
        Pay("PAY-1", 1_000m, D(2026, 3, 9), account: Acc(1)),
        Pay("PAY-2", 200m, D(2026, 3, 12), account: Acc(2)),
        Pay("PAY-4a", 400m, D(2026, 3, 5), account: Acc(4)),
        Pay("PAY-4b", 800m, D(2026, 3, 25), account: Acc(4)),
    ];

    private static ImmutableArray<PromiseEvaluation> Evaluations => PromiseEvaluator.EvaluateAll(Promises, Payments, [], AsOf);

    private static KpiCodebook Codebook()
    {
        var builder = new KpiCodebookBuilder();
        foreach (var promise in Promises)
        {
            builder.Account(promise.AccountId);
        }

        builder.Code(KpiDimension.Agent, "agent-7");
        builder.Code(KpiDimension.Agent, "agent-9");
        builder.Code(KpiDimension.Template, "ptp-script-ar");
        return builder.Build();
    }

    private static void AssertRate(decimal numerator, decimal denominator, KpiFigure figure) =>
        Assert.Equal(new Rate(numerator, denominator), figure.Rate);

    [Fact]
    public void Evaluations_AreAsWorkedOutByHand()
    {
        var evaluations = Evaluations;

        Assert.Equal(
            [PromiseStatus.Kept, PromiseStatus.PartiallyKept, PromiseStatus.Broken, PromiseStatus.PartiallyKept, PromiseStatus.Pending],
            evaluations.Select(e => e.Status));
        Assert.Equal(Sar(800m), evaluations[3].AmountKept);
        Assert.Equal(Sar(1_200m), evaluations[3].PaidWithinGrace); // the whole promise, with an installment missed
    }

    [Fact]
    public void FromPromise_FourDecidedPromises_KeptOneOfFourAndTwoThirdsByAmount()
    {
        var codebook = Codebook();
        var facts = Evaluations.Select(e => KpiPromiseDue.FromPromise(e, codebook)).ToList();

        Assert.Null(facts[4]); // P5 is pending: not yet falling due
        var report = new KpiAccumulator(March).Add([.. facts.OfType<KpiPromiseDue>()]).ToReport();

        Assert.Equal(4, report.Facts.PromisesDue);
        AssertRate(1, 4, report.Figure(KpiId.PromiseKeptRate));
        AssertRate(2, 4, report.Figure(KpiId.PromisePartiallyKeptRate));
        AssertRate(1, 4, report.Figure(KpiId.PromiseBrokenRate));
        AssertRate(2_000.00m, 3_000.00m, report.Figure(KpiId.PromiseKeptAmountRate));
        AssertRate(1, 2, report.Figure(KpiId.PromiseKeptRate, KpiBreakdownKey.For(KpiDimension.Agent, 1))); // agent-7: P1 kept, P2 partial
        AssertRate(0, 2, report.Figure(KpiId.PromiseKeptRate, KpiBreakdownKey.For(KpiDimension.Agent, 2))); // agent-9: P3, P4
        AssertRate(1, 3, report.Figure(KpiId.PromiseKeptRate, KpiBreakdownKey.For(Channel.Call)));
    }

    [Fact]
    public void FromPromise_AnInstallmentMissed_CountsTheAmountKeptNotEverythingPaidWithinGrace()
    {
        var fact = KpiPromiseDue.FromPromise(Evaluations[3], Codebook())!.Value;

        Assert.Equal(120_000, fact.PromisedMinorUnits);
        Assert.Equal(80_000, fact.PaidWithinGraceMinorUnits);
        Assert.True(fact.IsPartiallyKept);
        Assert.Equal(D(2026, 3, 28), fact.DueOn);
        Assert.Equal(D(2026, 3, 1), fact.CreatedOn);
        Assert.Equal(3, fact.Account);
        Assert.Equal((ushort)2, fact.Agent);
        Assert.Equal((ushort)0, fact.Template);
        Assert.Equal(Channel.Call, fact.Channel);
    }

    [Fact]
    public void FromInstallments_SixDecidedInstallments_KeptThreeOfSixAndTwoThirdsByAmount()
    {
        var codebook = Codebook();
        var facts = Evaluations.SelectMany(e => KpiPromiseDue.FromInstallments(e, codebook)).ToArray();

        Assert.Equal(6, facts.Length);
        Assert.Equal([40_000L, 0L, 40_000L], facts.Where(f => f.Account == 3).Select(f => f.PaidWithinGraceMinorUnits));
        Assert.Equal([D(2026, 3, 5), D(2026, 3, 20), D(2026, 3, 28)], facts.Where(f => f.Account == 3).Select(f => f.DueOn));
        var report = new KpiAccumulator(March).Add(facts).ToReport();

        AssertRate(3, 6, report.Figure(KpiId.PromiseKeptRate));
        AssertRate(1, 6, report.Figure(KpiId.PromisePartiallyKeptRate));
        AssertRate(2, 6, report.Figure(KpiId.PromiseBrokenRate));
        AssertRate(2_000.00m, 3_000.00m, report.Figure(KpiId.PromiseKeptAmountRate));
    }

    [Fact]
    public void FromInstallments_APromiseOfOneAmount_TheSameFactAsFromPromise()
    {
        var codebook = Codebook();
        var evaluation = Evaluations[0];

        Assert.Equal([KpiPromiseDue.FromPromise(evaluation, codebook)!.Value], KpiPromiseDue.FromInstallments(evaluation, codebook));
        Assert.Equal((ushort)1, KpiPromiseDue.FromPromise(evaluation, codebook)!.Value.Template);
    }

    [Fact]
    public void FromInstallments_OnlyTheDecidedInstallmentsOfAPendingPromise()
    {
        // On 2026-03-24 P4's first installment is kept, its second broken (grace ended 03-23), its third pending (due 03-28).
        var evaluation = PromiseEvaluator.Evaluate(Promises[3], Payments, [], D(2026, 3, 24));

        Assert.Equal(PromiseStatus.Pending, evaluation.Status);
        Assert.Null(KpiPromiseDue.FromPromise(evaluation, Codebook()));
        var facts = KpiPromiseDue.FromInstallments(evaluation, Codebook());
        Assert.Equal([true, false], facts.Select(f => f.IsKept));
        Assert.Equal([D(2026, 3, 5), D(2026, 3, 20)], facts.Select(f => f.DueOn));
    }

    [Fact]
    public void FromPromise_AnAccountOrAgentNotInTheCodebook_RefusedNamingIt()
    {
        var account = Assert.Throws<ArgumentException>(() => KpiPromiseDue.FromPromise(Evaluations[0], KpiCodebook.Empty));
        Assert.Contains("ACC-1", account.Message, StringComparison.Ordinal);

        var builder = new KpiCodebookBuilder();
        builder.Account(Acc(3));
        var agent = Assert.Throws<ArgumentException>(() => KpiPromiseDue.FromInstallments(Evaluations[2], builder.Build()));
        Assert.Contains("agent 'agent-9'", agent.Message, StringComparison.Ordinal);
    }
}
