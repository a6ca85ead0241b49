using Collections.Escalation.Tests.Support;

namespace Collections.Escalation.Tests.Rules;

/// <summary>A creditor's escalation rules in code and in JSON: validated, every violation named by field or JSON path.</summary>
public sealed class EscalationRulesTests
{
    private const string AcmeJson = """
        {
          // ACME's escalation rules (synthetic)
          "creditor": "ACME",
          "timeZone": "Asia/Riyadh",
          "legalHoldFrom": "filed",
          "qualification": {
            "daysPastDueAbove": 90,
            "minimumBalances": [ { "amount": 5000, "currency": "SAR" }, { "amount": 1500.5, "currency": "KWD" } ],
            "periodDays": 90,
            "minimumRightPartyContacts": 3,
            "minimumAttempts": 12,
            "minimumChannels": 2
          }
        }
        """;

    [Fact]
    public void Parse_AcmesRules_TheSameAsInCode()
    {
        var rules = EscalationRulesJson.Parse(AcmeJson);
        var code = TestEscalation.Rules();

        Assert.Equal(code.Creditor, rules.Creditor);
        Assert.Equal(code.TimeZone, rules.TimeZone);
        Assert.Equal(code.LegalHoldFrom, rules.LegalHoldFrom);
        Assert.Equal(90, rules.Qualification.DaysPastDueAbove);
        Assert.Equal([Money.Of(1500.5m, Currency.FromCode("KWD")), TestEscalation.Sar(5000m)], rules.Qualification.MinimumBalances);
        Assert.Equal((90, 3, 12, 2), (rules.Qualification.PeriodDays, rules.Qualification.MinimumRightPartyContacts, rules.Qualification.MinimumAttempts, rules.Qualification.MinimumChannels));
        Assert.Equal(code.Qualify(TestEscalation.Qualifying()).IsQualified, rules.Qualify(TestEscalation.Qualifying()).IsQualified);
    }

    [Fact]
    public void Parse_Defaults_RiyadhAndHoldFromFiled()
    {
        var rules = EscalationRulesJson.Parse(AcmeJson.Replace("\"timeZone\": \"Asia/Riyadh\",", string.Empty, StringComparison.Ordinal).Replace("\"legalHoldFrom\": \"filed\",", string.Empty, StringComparison.Ordinal));

        Assert.Equal("Asia/Riyadh", rules.TimeZone.Id);
        Assert.Equal(EscalationStage.Filed, rules.LegalHoldFrom);
    }

    [Fact]
    public void Parse_EverythingWrong_EveryViolationWithItsJsonPath()
    {
        const string json = """
            {
              "creditor": " ACME",
              "timeZone": "Asia/Riad",
              "legalHoldFrom": "closed",
              "qualification": {
                "daysPastDueAbove": -1,
                "minimumBalances": [ { "amount": 5000.001, "currency": "SAR" }, { "amount": 10, "currency": "XXQ" } ],
                "periodDays": 0,
                "minimumRightPartyContacts": 1.5,
                "minimumChannels": 9,
                "minimumAtempts": 12
              }
            }
            """;

        var exception = Assert.Throws<EscalationDataException>(() => EscalationRulesJson.Parse(json));

        Assert.Equal(
            [
                "$.creditor: ' ACME' is not an identifier (non-empty, no leading or trailing white space)",
                "$.timeZone: unknown time zone 'Asia/Riad' (a tzdb id such as Asia/Riyadh)",
                "$.qualification.minimumAtempts: unknown field (expected one of: daysPastDueAbove, minimumBalances, periodDays, minimumRightPartyContacts, minimumAttempts, minimumChannels)",
                "$.qualification.minimumRightPartyContacts: must be a whole number",
                "$.qualification.minimumBalances[0].amount: 5000.001 has more decimals than SAR has (2)",
                "$.qualification.minimumBalances[1].currency: unknown currency 'XXQ' (an ISO 4217 code such as SAR)",
                "$.qualification.daysPastDueAbove: must be from 0 to 36,500 (got -1)",
                "$.qualification.periodDays: must be from 1 to 3,650 (got 0)",
                "$.qualification.minimumAttempts: is required",
                "$.qualification.minimumChannels: must be from 1 to 7 (got 9)",
                "$.legalHoldFrom: must be an open stage (qualified, requested, authorized, filed, judgment, enforcement), not 'closed'",
            ],
            exception.Violations.Select(v => v.ToString()));
    }

    [Fact]
    public void Parse_NotJson_OrMissingQualification_Named()
    {
        Assert.Equal("$", Assert.Throws<EscalationDataException>(() => EscalationRulesJson.Parse("{ nope")).Violations.Single().Field);
        Assert.Contains(
            "$.qualification: is required",
            Assert.Throws<EscalationDataException>(() => EscalationRulesJson.Parse("""{ "creditor": "ACME" }""")).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_MissingFiguresAndTwoMinimumsForOneCurrency_EveryPropertyNamed()
    {
        var builder = new EscalationRulesBuilder(TestEscalation.Acme) { DaysPastDueAbove = 90, LegalHoldFrom = EscalationStage.Withdrawn };
        builder.MinimumBalances.Add(TestEscalation.Sar(1m));
        builder.MinimumBalances.Add(TestEscalation.Sar(2m));

        var exception = Assert.Throws<EscalationDataException>(builder.Build);

        Assert.Equal(
            ["PeriodDays", "MinimumRightPartyContacts", "MinimumAttempts", "MinimumChannels", "MinimumBalances[1]", "LegalHoldFrom"],
            exception.Violations.Select(v => v.Field));
        Assert.StartsWith("The escalation rules for creditor 'ACME' is not valid (6 problem(s))", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSet_OnePerCreditor_AndAMissingCreditorIsNamed()
    {
        var set = EscalationRuleSet.Of(TestEscalation.Rules());

        Assert.Throws<ArgumentException>(() => EscalationRuleSet.Of(TestEscalation.Rules(), TestEscalation.Rules()));
        Assert.Contains("'OTHER'", Assert.Throws<KeyNotFoundException>(() => set.For(TestEscalation.OtherCreditor)).Message, StringComparison.Ordinal);
        Assert.Same(set.For(TestEscalation.Acme), set.All.Single());
    }

    [Fact]
    public void HoldsContactAt_OpenStagesFromTheCreditorsStage_NeverFinalOnes()
    {
        var rules = TestEscalation.Rules(EscalationStage.Filed);

        Assert.Equal(
            [EscalationStage.Filed, EscalationStage.Judgment, EscalationStage.Enforcement],
            EscalationStage.All.Where(rules.HoldsContactAt));
    }

    [Fact]
    public void Parse_RepeatedQualificationField_RefusedNamingItsPath()
    {
        var json = AcmeJson.Replace("\"periodDays\": 90,", "\"periodDays\": 90, \"periodDays\": 30,", StringComparison.Ordinal);

        var exception = Assert.Throws<EscalationDataException>(() => EscalationRulesJson.Parse(json));

        Assert.Equal(["$.qualification.periodDays: appears twice; keep one"], exception.Violations.Select(v => v.ToString()));
    }
}
