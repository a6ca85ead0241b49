using Collections.ContactPolicy.Tests.Support;
using Collections.TestKit;

namespace Collections.ContactPolicy.Tests.Json;

/// <summary>Policies read from JSON: a full file built on a pack, and bad input refused with messages naming the field.</summary>
public sealed class ContactPolicyJsonTests
{
    private static string FilePath => Path.Combine(AppContext.BaseDirectory, "Json", "Files", "acme-sa.policy.json");

    private const string Header = """
        "policy": "p", "creditor": "c", "version": "1", "approvedBy": "x", "approvedOn": "2026-01-01", "effectiveFrom": "2026-01-01"
        """;

    private const string Source = """ "source": { "kind": "creditor_instruction", "en": "e", "ar": "ع" } """;

    private static IReadOnlyList<string> Violations(string json)
    {
        Assert.False(ContactPolicyJson.TryParse(json, out _, out var violations));
        return [.. violations.Select(v => v.ToString())];
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Load_PolicyOnThePack_ReplacesPackRulesByIdAndAddsItsOwn()
    {
        var policy = ContactPolicyJson.Load(FilePath);

        Assert.Equal("acme-retail-sa v2026-02", policy.Version.ToString());
        Assert.Equal(new LocalDate(2026, 2, 1), policy.Version.EffectiveFrom);
        Assert.Equal(
            ["sa-sama-2025/channels", "sa-sama-2025/recipients", "sa-sama-2025/working-hours", "sa-sama-2025/weekend", "sa-sama-2025/public-holidays",
             "sa-sama-2025/call-cap", "sa-sama-2025/dispute", "sa-sama-2025/templates", "acme/daily-calls", "acme/opt-out"],
            policy.Rules.Select(r => r.Id.Value));
        var hours = Assert.IsType<ContactWindowRule>(policy.Rules[2]);
        Assert.Equal(RuleSourceKind.CreditorInstruction, hours.Source.Kind);
        Assert.Equal(5, hours.Windows.Length);
        Assert.Equal(9, hours.SpecialPeriods[0].Windows.Length);
    }

    [Fact]
    public void Load_PolicyOnThePack_DecidesWithTheCreditorsHours()
    {
        var policy = ContactPolicyJson.Load(FilePath);
        var script = new MessageTemplate(new TemplateId("call-early-ar"), Channel.Call, "ar",
            [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);
        ContactRequest Call(Instant at) => TestRequests.Call(at) with { Template = script, Stage = new StageId("early") };

        Assert.False(policy.Decide(Call(Zones.InRiyadh(2026, 2, 2, 8, 0)), ContactHistory.Empty).IsAllowed);   // before 08:30
        Assert.True(policy.Decide(Call(Zones.InRiyadh(2026, 2, 2, 8, 30)), ContactHistory.Empty).IsAllowed);
        Assert.False(policy.Decide(Call(Zones.InRiyadh(2026, 2, 2, 16, 30)), ContactHistory.Empty).IsAllowed);
        Assert.Equal([ContactRuleCode.PublicHoliday], policy.Decide(Call(Zones.InRiyadh(2026, 7, 15, 10, 0)), ContactHistory.Empty).Codes); // ACME day
        // Ramadan 1447, Wednesday 2026-03-04 23:00: the evening window (not on Thursdays in this file).
        Assert.True(policy.Decide(Call(Zones.InRiyadh(2026, 3, 4, 23, 0)), ContactHistory.Empty).IsAllowed);
        Assert.False(policy.Decide(Call(Zones.InRiyadh(2026, 3, 5, 23, 0)), ContactHistory.Empty).IsAllowed);
        // WhatsApp stays off (the pack's channel rule).
        var whatsApp = policy.Decide(TestRequests.On(Channel.WhatsApp, Zones.InRiyadh(2026, 2, 2, 10, 0)), ContactHistory.Empty);
        Assert.Contains(ContactRuleCode.ChannelNotAllowed, whatsApp.Codes);
        // Three calls a day per debtor.
        var threeToday = TestRequests.History(Zones.InRiyadh(2026, 2, 2, 9, 0), Zones.InRiyadh(2026, 2, 2, 10, 0), Zones.InRiyadh(2026, 2, 2, 11, 0));
        Assert.Equal([ContactRuleCode.DailyLimitReached], policy.Decide(Call(Zones.InRiyadh(2026, 2, 2, 12, 0)), threeToday).Codes);
    }

    [Fact]
    public void Parse_UnknownRuleType_RefusedNamingTheField()
    {
        var violations = Violations($$"""{ {{Header}}, "rules": [ { "type": "frequncy_cap", "id": "cap", {{Source}} } ] }""");

        var violation = Assert.Single(violations);
        Assert.StartsWith("$.rules[0].type: unknown rule type 'frequncy_cap' (known: allowed_channels, contact_window,", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTimeZone_RefusedNamingTheField()
    {
        var violations = Violations($$"""{ {{Header}}, "timeZone": "Asia/Riad", "rules": [ { "type": "opt_out", "id": "o", {{Source}} } ] }""");

        Assert.StartsWith("$.timeZone: unknown time zone 'Asia/Riad' (use a tzdb id such as Asia/Riyadh; TZDB: 2026", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WindowEndingBeforeItStarts_RefusedNamingTheField()
    {
        var violations = Violations($$"""
            { {{Header}}, "rules": [ { "type": "contact_window", "id": "w", {{Source}},
              "windows": [ { "days": ["monday"], "start": "09:00", "end": "17:00" }, { "days": ["tuesday"], "start": "17:00", "end": "09:00" } ] } ] }
            """);

        Assert.Equal(
            ["$.rules[0].windows[1].end: the window ends (09:00) before or when it starts (17:00); a window that crosses midnight must say it ends the next day"],
            violations);
    }

    [Fact]
    public void Parse_CapOfZero_RefusedNamingTheField()
    {
        var violations = Violations($$"""{ {{Header}}, "rules": [ { "type": "frequency_cap", "id": "cap", {{Source}}, "channels": ["call"], "scope": "debt", "maxAttempts": 0, "days": 7 } ] }""");

        Assert.Equal(["$.rules[0].maxAttempts: a cap must allow at least 1 attempt (got 0); to stop contact on a channel, leave it out of allowed_channels"], violations);
    }

    [Fact]
    public void Parse_ManyMistakes_AllListedAtOnceWithTheirPaths()
    {
        var violations = Violations($$"""
            {
              "policy": "p", "creditor": "c", "approvedBy": "x", "approvedOn": "2026-01-01", "effectiveFrom": "2026-13-01",
              "timeZone": "Mars/Olympus", "packs": ["sa-sama-2024"],
              "rules": [
                { "type": "frequency_cap", "id": "cap", {{Source}}, "channels": ["call", "pigeon"], "scope": "household", "maxAtempts": 3, "days": 7 },
                { "type": "weekly_rest_days", "id": "rest", "days": ["friday", "funday"] },
                { "type": "contact_window", "id": "w", {{Source}}, "windows": [ { "days": ["monday"], "start": "25:00", "end": "17:00" } ] },
                { "type": "opt_out", "id": "cap", {{Source}} }
              ]
            }
            """);

        Assert.Equal(
            [
                "$.version: is required",
                "$.effectiveFrom: '2026-13-01' is not a date (yyyy-MM-dd)",
                "$.timeZone: unknown time zone 'Mars/Olympus' (use a tzdb id such as Asia/Riyadh; " + DateTimeZoneProviders.Tzdb.VersionId + ")",
                "$.rules[0].channels[1]: unknown channel 'pigeon' (known: call, sms, email, whatsapp, letter, app, visit)",
                "$.rules[0].maxAtempts: unknown field (expected one of: type, id, source, channels, scope, maxAttempts, days)",
                "$.rules[0].scope: unknown scope 'household' (known: debt, debtor, contact_point)",
                "$.rules[0].maxAttempts: is required",
                "$.rules[1].source: every rule cites its source: { \"kind\": \"regulation\" | \"creditor_instruction\", \"en\": \"…\", \"ar\": \"…\" }",
                "$.rules[1].days[1]: unknown weekday 'funday' (known: monday, tuesday, wednesday, thursday, friday, saturday, sunday)",
                "$.rules[2].windows[0].start: '25:00' is not a time of day (HH:mm, 00:00 to 23:59)",
                "$.rules[3].id: rule id 'cap' is already used by $.rules[0]",
                "$.packs[0]: unknown rule pack 'sa-sama-2024' (known: sa-sama-2025, us-reg-f)",
            ],
            violations);
    }

    [Fact]
    public void Parse_NotJson_Refused()
    {
        var exception = Assert.Throws<ContactPolicyException>(() => ContactPolicyJson.Parse("{ not json"));

        Assert.StartsWith("$: not valid JSON", exception.Violations.Single().ToString(), StringComparison.Ordinal);
        Assert.Contains("The contact policy from JSON is not valid (1 problem(s))", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RemoveRulesOfAPack_AndUnknownRemoval()
    {
        var removed = ContactPolicyJson.Parse($$"""{ {{Header}}, "packs": ["us-reg-f"], "removeRules": ["us-reg-f/dispute"] }""");
        Assert.DoesNotContain(removed.Rules, r => r.Id.Value == "us-reg-f/dispute");
        Assert.Equal(7, removed.Rules.Length);

        Assert.StartsWith("$.removeRules: no rule 'us-reg-f/nothing' to remove", Assert.Single(Violations($$"""{ {{Header}}, "packs": ["us-reg-f"], "removeRules": ["us-reg-f/nothing"] }""")), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryRuleType_ReadsBackTheSameDecisionsAsTheCodeBuiltPolicy()
    {
        // The Saudi test policy written as JSON decides like the one built in code, across a week of hourly requests in Ramadan.
        var json = $$"""
            { "policy": "test-policy", "creditor": "CRED-1", "version": "1", "approvedBy": "Compliance officer", "approvedOn": "2025-01-01", "effectiveFrom": "2025-01-01",
              "rules": [
                { "type": "allowed_channels", "id": "channels", {{Source}}, "allowed": ["call", "sms", "email", "letter", "app"] },
                { "type": "contact_window", "id": "hours", {{Source}}, "channels": ["call", "sms", "email", "app"],
                  "windows": [ { "days": ["sunday", "monday", "tuesday", "wednesday", "thursday"], "start": "09:00", "end": "17:00" } ],
                  "specialPeriods": [ { "id": "ramadan", "name": { "en": "Ramadan", "ar": "رمضان" }, "period": { "hijriMonth": 9 },
                    "windows": [ { "days": ["sunday", "monday", "tuesday", "wednesday", "thursday"], "start": "10:00", "end": "15:00" },
                                 { "days": ["sunday", "monday", "tuesday", "wednesday", "thursday"], "start": "21:00", "end": "01:00", "endsNextDay": true } ] } ] },
                { "type": "weekly_rest_days", "id": "weekend", {{Source}}, "days": ["friday", "saturday"] },
                { "type": "public_holidays", "id": "holidays", {{Source}}, "calendar": "sa" },
                { "type": "frequency_cap", "id": "call-cap", {{Source}}, "channels": ["call"], "scope": "debtor", "maxAttempts": 10, "days": 30 },
                { "type": "opt_out", "id": "honour-opt_out", {{Source}} },
                { "type": "do_not_contact", "id": "honour-do_not_contact", {{Source}} },
                { "type": "cease_communication", "id": "honour-cease_communication", {{Source}} },
                { "type": "dispute_hold", "id": "honour-dispute", {{Source}} },
                { "type": "legal_hold", "id": "honour-legal_hold", {{Source}} }
              ] }
            """;
        var fromJson = ContactPolicyJson.Parse(json);
        var inCode = TestPolicies.Saudi();
        var history = TestRequests.History(Zones.InRiyadh(2026, 3, 1, 10, 0), Zones.InRiyadh(2026, 3, 2, 10, 0));

        for (var hour = 0; hour < 7 * 24; hour++)
        {
            var request = TestRequests.Call(Zones.InRiyadh(2026, 3, 14, 0, 0) + Duration.FromHours(hour));
            var (a, b) = (fromJson.Decide(request, history), inCode.Decide(request, history));
            Assert.Equal(b.NextAllowedAt, a.NextAllowedAt);
            Assert.Equal(b.Codes, a.Codes);
            Assert.Equal(b.Summary, a.Summary);
        }
    }

    [Fact]
    public void Parse_RepeatedFieldInARule_RefusedNamingItsPath()
    {
        // JsonDocument keeps both maxAttempts and TryGetProperty would read one of them silently.
        var violations = Violations($$"""{ {{Header}}, "rules": [ { "type": "frequency_cap", "id": "cap", {{Source}}, "channels": ["call"], "scope": "debt", "maxAttempts": 3, "days": 7, "maxAttempts": 30 } ] }""");

        Assert.Equal(["$.rules[0].maxAttempts: appears twice; keep one"], violations);
    }

    [Fact]
    public void Parse_RepeatedTopLevelField_RefusedOnceWithTheCount()
    {
        var violations = Violations($$"""{ {{Header}}, "policy": "q", "policy": "r", "rules": [ { "type": "opt_out", "id": "o", {{Source}} } ] }""");

        Assert.Equal(["$.policy: appears 3 times; keep one"], violations);
    }
}
