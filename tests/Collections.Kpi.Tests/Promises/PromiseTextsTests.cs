using System.Text.RegularExpressions;

namespace Collections.Kpi.Tests.Promises;

public sealed partial class PromiseTextsTests
{
    private static readonly string[] Prefixes =
        ["promise_status.", "plan_standing.", "promise.reason.", "plan.reason.", "allocation_priority.", "allocation_order.", "account_status.", "account_event."];

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> Keys() => [.. KpiTexts.Catalog.Keys.Where(k => Prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void English_and_Arabic_have_the_same_placeholders(string key)
    {
        var text = KpiTexts.Catalog[key];

        Assert.Equal(
            Placeholder().Matches(text.English).Select(m => m.Value).Order(StringComparer.Ordinal),
            Placeholder().Matches(text.Arabic).Select(m => m.Value).Order(StringComparer.Ordinal));
        Assert.Contains(text.Arabic, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Fact]
    public void Every_status_standing_priority_and_event_has_a_text()
    {
        Assert.All(PromiseStatus.All, s => Assert.NotNull(s.Title));
        Assert.All(PaymentPlanStanding.All, s => Assert.NotNull(s.Title));
        Assert.All(AllocationPriority.All, s => Assert.NotNull(s.Title));
        Assert.All(AccountStatus.All, s => Assert.NotNull(s.Title));
        Assert.All(AccountStatusTransitions.All, t => Assert.NotNull(t.When));
        Assert.Equal("وعد بالسداد", AccountStatus.Promised.Title.Arabic);
    }
}
