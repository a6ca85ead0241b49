namespace Collections.Kpi.Tests.Promises;

/// <summary>The promise example of the repository's README.md, as written there.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_promise_example_gives_what_its_comments_say()
    {
        var sar = Currency.SaudiRiyal;
        var promise = PromiseToPay.Create(new PromiseId("PTP-1"), new AccountId("ACC-7"), new LocalDate(2026, 3, 1),
            Money.Of(1_000m, sar), dueOn: new LocalDate(2026, 3, 10), new PromiseOrigin(Channel.Call, agent: "agent-7"));
        Payment[] payments = [new(new PaymentId("P-1"), new AccountId("ACC-7"), Money.Of(600m, sar), new LocalDate(2026, 3, 12),
            Instant.FromUtc(2026, 3, 12, 9, 0), PaymentMethod.Sadad)];
        var evaluation = PromiseEvaluator.Evaluate(promise, payments, reversals: [], asOf: new LocalDate(2026, 3, 20));

        var decision = AccountStatus.Paid.TryTransition(AccountStatus.Promised);

        Assert.Equal(PromiseStatus.PartiallyKept, evaluation.Status);
        Assert.Equal(Money.Of(600m, sar), evaluation.AmountKept);
        Assert.StartsWith("تم الوفاء جزئيًا: ", evaluation.Reason.Arabic, StringComparison.Ordinal);
        Assert.False(decision.IsAllowed);
    }
}
