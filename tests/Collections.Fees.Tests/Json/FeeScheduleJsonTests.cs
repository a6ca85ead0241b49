using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.Json;

public sealed class FeeScheduleJsonTests
{
    private const string Legal = """
        {
          // The legal track: 20% of recovery up to SAR 50,000 placed, 15% from it; fixed fees per stage.
          "schedule": "acme-legal-2026", "creditor": "ACME-BANK", "track": "legal", "currency": "SAR",
          "vatPercent": 15, "directPaymentsEarn": false, "minimumPerStatement": 500,
          "tiers": [
            { "code": "L-small", "age": {}, "placedBalance": { "min": 0, "below": 50000 }, "percent": 20 },
            { "code": "L-large", "age": {}, "placedBalance": { "min": 50000 }, "percent": 15 }
          ],
          "stageFees": [ { "stage": "filed", "fee": 1500 }, { "stage": "judgment", "fee": 2500.50 } ]
        }
        """;

    [Fact]
    public void Parse_LegalSchedule_GivesTiersStageFeesAndTerms()
    {
        var schedule = FeeScheduleJson.Parse(Legal);

        Assert.Equal(new FeeScheduleId("acme-legal-2026"), schedule.Id);
        Assert.Equal(CollectionTrack.Legal, schedule.Track);
        Assert.Equal(["L-small", "L-large"], schedule.Tiers.Select(t => t.Code));
        Assert.Equal(MoneyRange.Between(Sr(0m), Sr(50_000m)), schedule.Tiers[0].PlacedBalance);
        Assert.True(schedule.TryGetStageFee(new LegalStageCode("judgment"), out var judgment));
        Assert.Equal(Sr(2_500.50m), judgment);
        Assert.False(schedule.DirectPaymentsEarn);
        Assert.Equal(Sr(500m), schedule.MinimumPerStatement);
        Assert.Null(schedule.CapPerStatement);
        Assert.Equal(15m, schedule.VatPercent);
    }

    [Fact]
    public void Write_ThenParse_GivesAnEqualSchedule()
    {
        var schedule = FeeScheduleJson.Parse(Legal);

        var json = FeeScheduleJson.Write(schedule);

        Assert.Equal(schedule, FeeScheduleJson.Parse(json));
        Assert.Contains("\"placedBalance\": {", json, StringComparison.Ordinal);
        Assert.Equal(Amicable(), FeeScheduleJson.Parse(FeeScheduleJson.Write(Amicable())));
    }

    [Fact]
    public void Parse_OverlappingGapsAndNegativePercent_NamedByJsonPath()
    {
        const string json = """
            { "schedule": "s", "creditor": "ACME-BANK", "track": "amicable", "currency": "SAR",
              "tiers": [
                { "code": "A", "age": { "max": 90 }, "percent": 8 },
                { "code": "B", "age": { "min": 61, "max": 180 }, "percent": -12 },
                { "code": "C", "age": { "min": 200 }, "percent": 15 }
              ] }
            """;

        var error = Assert.Throws<FeeScheduleException>(() => FeeScheduleJson.Parse(json));

        Assert.Equal(
            [
                new FeeScheduleViolation("$.tiers[1].percent", "must not be negative (got -12)"),
                new FeeScheduleViolation("$.tiers[1].age", "61..180 overlaps tiers[0].age (..90)"),
                new FeeScheduleViolation("$.tiers[2].age", "leaves a gap after tiers[1].age: ages 181..199 have no tier"),
            ],
            error.Violations);
        Assert.Equal("JSON", error.ScheduleSource);
    }

    [Fact]
    public void Parse_TyposWrongTypesAndTooManyDecimals_EachNamed()
    {
        const string json = """
            { "schedule": "s", "creditor": "ACME-BANK", "track": "phone", "currency": "SAR", "capPerPayment": 10.005, "vatPercnt": 15,
              "tiers": [ { "code": "A", "age": { "max": "90" }, "percnt": 8 } ] }
            """;

        Assert.False(FeeScheduleJson.TryParse(json, out var schedule, out var violations));

        Assert.Null(schedule);
        Assert.Equal(
            ["$.vatPercnt", "$.track", "$.capPerPayment", "$.tiers[0].percnt", "$.tiers[0].percent", "$.tiers[0].age.max"],
            violations.Select(v => v.Field));
        Assert.Contains(violations, v => v.Message == "'phone' is not a track (expected one of: amicable, legal)");
        Assert.Contains(violations, v => v.Message == "10.005 is not an amount SAR can hold (2 decimals at most)");
    }

    [Fact]
    public void Parse_NotJsonOrNoTiers_Refused()
    {
        Assert.False(FeeScheduleJson.TryParse("{ not json", out _, out var notJson));
        Assert.False(FeeScheduleJson.TryParse("""{ "schedule": "s", "creditor": "c", "track": "legal", "currency": "SAR", "tiers": [] }""", out _, out var noTiers));

        Assert.Equal("$", Assert.Single(notJson).Field);
        Assert.Equal(new FeeScheduleViolation("$.tiers", "at least one tier is needed"), Assert.Single(noTiers));
    }

    [Fact]
    public void Parse_RepeatedFieldInATier_RefusedNamingItsPath()
    {
        var json = Legal.Replace("\"percent\": 15 }", "\"percent\": 15, \"percent\": 1.5 }", StringComparison.Ordinal);

        Assert.False(FeeScheduleJson.TryParse(json, out var schedule, out var violations));

        Assert.Null(schedule);
        Assert.Equal([new FeeScheduleViolation("$.tiers[1].percent", "appears twice; keep one")], violations);
    }
}
