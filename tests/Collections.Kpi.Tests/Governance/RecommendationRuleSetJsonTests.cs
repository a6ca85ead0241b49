using Collections.Kpi.Governance;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Rule sets read from JSON; every error names its JSON path.</summary>
public sealed class RecommendationRuleSetJsonTests
{
    private static RecommendationRuleSetException Refused(string json) =>
        Assert.Throws<RecommendationRuleSetException>(() => RecommendationRuleSetJson.Parse(json));

    [Fact]
    public void Default_EmbeddedRuleSet_FiveRulesWithTheirThresholds()
    {
        var rules = RecommendationRuleSet.Default;

        Assert.Equal("default-1", rules.Version);
        Assert.Equal(
            ["segment-forward-roll-rise", "channel-cost-per-productive-contact", "agent-promise-kept-below-pool", "template-promise-kept-below-pool", "accounts-ripe-for-escalation"],
            rules.Rules.Select(r => r.Id));
        Assert.Equal(2m, rules.Rules[0].Parameter("minimumRisePoints"));
        Assert.Equal(0.25m, rules.Rules[1].Parameter("minimumGap"));
        Assert.Equal(90m, rules.Rules[4].Parameter("daysPastDueAbove"));
    }

    [Fact]
    public void Parse_ValidRule_ReadsKindAndThresholds()
    {
        var rules = RecommendationRuleSetJson.Parse("""
            { "version": "acme-2027", // comments allowed
              "rules": [ { "id": "agents", "kind": "agent_promise_kept", "minimumGapPoints": 12.5, "minimumPromisesDue": 40 } ] }
            """);

        var rule = rules.Rules.Single();
        Assert.Equal(("acme-2027", "agents", RecommendationKind.AgentPromiseKept), (rules.Version, rule.Id, rule.Kind));
        Assert.Equal(12.5m, rule.Parameter("minimumGapPoints"));
        Assert.Equal(40m, rule.Parameter("minimumPromisesDue"));
    }

    [Fact]
    public void Parse_MissingThreshold_NamesItsPath()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "r", "kind": "roll_rate_rise", "minimumRisePoints": 2 } ] }""");

        Assert.Equal([new RecommendationRuleViolation("$.rules[0].minimumAccounts", "is required")], error.Violations);
        Assert.Contains("$.rules[0].minimumAccounts: is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TypoInAThreshold_NamesTheUnknownFieldAndTheMissingOne()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "r", "kind": "roll_rate_rise", "minimumRisePoint": 2, "minimumAccounts": 3 } ] }""");

        Assert.Equal(["$.rules[0].minimumRisePoints", "$.rules[0].minimumRisePoint"], error.Violations.Select(v => v.Path));
        Assert.Contains("is not a threshold of roll_rate_rise (it takes: minimumRisePoints, minimumAccounts)", error.Violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKind_NamesTheKindsPath()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "a", "kind": "escalation_ready", "daysPastDueAbove": 90, "minimumAttemptsWithoutKeptPromise": 6 }, { "id": "b", "kind": "roll_rise" } ] }""");

        var violation = Assert.Single(error.Violations);
        Assert.Equal("$.rules[1].kind", violation.Path);
        Assert.StartsWith("unknown kind \"roll_rise\" (kinds: roll_rate_rise, channel_cost,", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThresholdNotANumber_ReportedOnceAsNotANumber()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "c", "kind": "channel_cost", "minimumGap": "25%", "shareOfSpendToMove": 0.2, "minimumAttempts": 100 } ] }""");

        Assert.Equal([new RecommendationRuleViolation("$.rules[0].minimumGap", "must be a number")], error.Violations);
    }

    [Fact]
    public void Parse_OutOfRangeAndFractionalCount_BothNamed()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "c", "kind": "channel_cost", "minimumGap": 1.5, "shareOfSpendToMove": 0.2, "minimumAttempts": 10.5 } ] }""");

        Assert.Equal(["$.rules[0].minimumGap", "$.rules[0].minimumAttempts"], error.Violations.Select(v => v.Path));
        Assert.Equal("must be from 0 to 1 (got 1.5)", error.Violations[0].Message);
        Assert.Equal("must be a whole number (got 10.5)", error.Violations[1].Message);
    }

    [Fact]
    public void Parse_NoSpendToMove_Refused_ARecommendationToMoveNothingIsNone()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "id": "c", "kind": "channel_cost", "minimumGap": 0.25, "shareOfSpendToMove": 0, "minimumAttempts": 100 } ] }""");

        Assert.Equal([new RecommendationRuleViolation("$.rules[0].shareOfSpendToMove", "must be from 0.01 to 1 (got 0)")], error.Violations);
    }

    [Fact]
    public void Parse_RepeatedId_NamesTheSecond()
    {
        var rule = """{ "id": "same", "kind": "template_promise_kept", "minimumGapPoints": 10, "minimumPromisesDue": 20 }""";

        var error = Refused("{ \"version\": \"v\", \"rules\": [ " + rule + ", " + rule + " ] }");

        var violation = Assert.Single(error.Violations);
        Assert.Equal("$.rules[1].id", violation.Path);
        Assert.Equal("'same' is already the id of $.rules[0] (ids are unique)", violation.Message);
    }

    [Fact]
    public void Parse_MissingVersionAndUnknownTopLevelField_BothNamed()
    {
        var error = Refused("""{ "rule": [], "rules": [] }""");

        Assert.Equal(["$.rule", "$.version"], error.Violations.Select(v => v.Path));
    }

    [Fact]
    public void Parse_EmptyVersionAndRulesNotAnArray_BothNamedWithWhatIsExpected()
    {
        var error = Refused("""{ "version": " ", "rules": { } }""");

        Assert.Equal(
            [new RecommendationRuleViolation("$.version", "must be non-empty text"), new RecommendationRuleViolation("$.rules", "must be a JSON array")],
            error.Violations);
    }

    [Fact]
    public void Parse_RuleNotAnObjectAndUnknownKind_EachNamedByIndex()
    {
        var error = Refused("""{ "version": "v", "rules": [ 7, { "id": "x", "kind": "louder_calls" } ] }""");

        Assert.Equal(["$.rules[0]", "$.rules[1].kind"], error.Violations.Select(v => v.Path));
        Assert.StartsWith("unknown kind \"louder_calls\" (kinds: roll_rate_rise", error.Violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RuleWithoutId_NamesTheIdPathOnce()
    {
        var error = Refused("""{ "version": "v", "rules": [ { "kind": "roll_rate_rise", "minimumRisePoints": 2, "minimumAccounts": 3 } ] }""");

        Assert.Equal([new RecommendationRuleViolation("$.rules[0].id", "is required")], error.Violations);
    }

    [Fact]
    public void Parse_NotJson_NamesTheRoot()
    {
        var error = Refused("{ version: ");

        Assert.Equal("$", Assert.Single(error.Violations).Path);
        Assert.StartsWith("not valid JSON", error.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_FalseWithARootViolation()
    {
        Assert.False(RecommendationRuleSetJson.TryParse(null, out var rules, out var violations));
        Assert.Null(rules);
        Assert.Equal("$", Assert.Single(violations).Path);
    }

    [Fact]
    public void Create_RuleInCode_SameChecksAsJson()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            RecommendationRule.Create("r", RecommendationKind.EscalationReady, new Dictionary<string, decimal> { ["daysPastDueAbove"] = -1 }));

        Assert.Contains("daysPastDueAbove must be from 0 to 36500 (got -1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("minimumAttemptsWithoutKeptPromise is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedThresholdOrId_NamesEachPath()
    {
        // A rule's fields depend on its kind and are not checked by CheckObject, so the rule reader checks repeats itself.
        var error = Refused("""
            { "version": "v", "rules": [
              { "id": "a", "kind": "channel_cost", "minimumGap": 0.25, "shareOfSpendToMove": 0.2, "minimumAttempts": 100, "minimumGap": 0.5 },
              { "id": "b", "id": "c", "kind": "escalation_ready", "daysPastDueAbove": 90, "minimumAttemptsWithoutKeptPromise": 6 } ] }
            """);

        Assert.Equal(
            [new RecommendationRuleViolation("$.rules[0].minimumGap", "appears twice; keep one"), new RecommendationRuleViolation("$.rules[1].id", "appears twice; keep one")],
            error.Violations);
    }

    [Fact]
    public void Parse_RepeatedTopLevelField_NamesItsPath()
    {
        var error = Refused("""{ "version": "v", "version": "w", "rules": [ { "id": "e", "kind": "escalation_ready", "daysPastDueAbove": 90, "minimumAttemptsWithoutKeptPromise": 6 } ] }""");

        Assert.Equal([new RecommendationRuleViolation("$.version", "appears twice; keep one")], error.Violations);
    }
}
