using System.Globalization;
using System.Text.Json;
using Collections.Core;
using Collections.Samples.GovernanceReport;
using Collections.Samples.GovernanceReport.Data;
using Collections.Samples.GovernanceReport.Inputs;
using Collections.TestKit;
using NodaTime;

namespace Collections.Samples.Tests;

/// <summary>The governance report sample, run small in-process: the figures in governance-report.json are checked against
/// plain LINQ over the same generated records (not the library), the run is reproducible, bad arguments are named.</summary>
public sealed class GovernanceReportTests
{
    private const int Accounts = 1200;
    private const int Seed = 11;

    private static readonly Lazy<Task<GovernanceRun>> Monthly = new(() => GovernanceRun.RunAsync("--out", "{out}", "--accounts", "1200", "--seed", "11"));

    private static readonly Lazy<Task<GovernanceRun>> Weekly = new(() => GovernanceRun.RunAsync("--out", "{out}", "--accounts", "1200", "--seed", "11", "--period", "weekly", "--creditor", "nakheel-finance"));

    /// <summary>The same quarter the sample generated, regenerated here for the independent computation.</summary>
    private static readonly Lazy<GovernanceData> Data = new(() => QuarterGenerator.Generate(Accounts, Seed, GovernanceInputs.Default().ChannelCosts));

    [Fact]
    public async Task Run_WritesTheJsonAndBothPages_ExitCode0()
    {
        var run = await Monthly.Value;

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.True(File.Exists(run.Path("governance-report.json")));
        Assert.Contains("[####################] 100%", run.Output, StringComparison.Ordinal); // progress
        var json = run.Json.RootElement;
        Assert.Equal("waha-bank", json.GetProperty("creditor").GetProperty("id").GetString());
        Assert.Equal("monthly", json.GetProperty("period_kind").GetString());
        Assert.Equal(["2026-07", "2026-08", "2026-09"], json.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("provenance").GetProperty("input_sha256").GetString()!);
        Assert.Equal(0, json.GetProperty("provenance").GetProperty("audit_count_at_computation").GetInt64());
        Assert.Equal(1, json.GetProperty("provenance").GetProperty("audit_count_after_issuance").GetInt64());
    }

    [Fact]
    public async Task Channels_EqualPlainCountsOverTheGeneratedAttempts()
    {
        var run = await Monthly.Value;
        var attempts = CreditorAttempts("waha-bank", new LocalDate(2026, 7, 1), new LocalDate(2026, 9, 30));
        var costs = GovernanceInputs.Default().ChannelCosts.ToDictionary(c => c.Channel.Code, c => c.PerAttempt.Amount);

        var channels = run.Json.RootElement.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!);

        foreach (var group in attempts.GroupBy(a => a.Channel.Code))
        {
            var line = channels[group.Key];
            var rpcs = group.Count(a => a.Outcome == AttemptOutcome.RightParty);
            var productive = group.Count(a => a.Outcome == AttemptOutcome.RightParty && (a.Promise || a.PaymentTaken || a.Dispute || a.Callback));
            Assert.Equal(group.Count(), line.GetProperty("attempts").GetInt64());
            Assert.Equal(rpcs, line.GetProperty("right_party_contacts").GetInt64());
            Assert.Equal(productive, line.GetProperty("productive_contacts").GetInt64());
            Assert.Equal(group.Count() * costs[group.Key], line.GetProperty("cost").GetDecimal());
        }

        Assert.Equal(attempts.Select(a => a.Channel.Code).Distinct().Count(), channels.Count);
    }

    [Fact]
    public async Task RpcRatePerPeriod_EqualsRightPartyAttemptsOverAttemptsOfThatMonth()
    {
        var run = await Monthly.Value;
        var row = run.Json.RootElement.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "rpc_rate");

        foreach (var cell in row.GetProperty("periods").EnumerateArray())
        {
            var month = YearMonth(cell.GetProperty("period").GetString()!);
            var attempts = CreditorAttempts("waha-bank", month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
            Assert.Equal(attempts.Count(a => a.Outcome == AttemptOutcome.RightParty), cell.GetProperty("numerator").GetDecimal());
            Assert.Equal(attempts.Count, cell.GetProperty("denominator").GetDecimal());
        }
    }

    [Fact]
    public async Task AgingAtEachPeriodEnd_EqualsTheSnapshotsGroupedByDaysPastDue()
    {
        var run = await Monthly.Value;
        var accounts = Data.Value.Accounts.Where(a => a.Creditor.Value == "waha-bank").Select(a => a.Id).ToHashSet();

        foreach (var aging in run.Json.RootElement.GetProperty("aging").EnumerateArray())
        {
            var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(aging.GetProperty("as_of").GetString()!).Value;
            var owing = Data.Value.Snapshots.Where(s => s.Date == asOf && accounts.Contains(s.Account) && s.Balance.MinorUnits > 0).ToList();
            foreach (var line in aging.GetProperty("buckets").EnumerateArray())
            {
                var inBucket = owing.Where(s => Bucket(s.DaysPastDue) == line.GetProperty("bucket").GetString()).ToList();
                Assert.Equal(inBucket.Count, line.GetProperty("accounts").GetInt32());
                Assert.Equal(inBucket.Sum(s => s.Balance.Amount), line.GetProperty("balance").GetDecimal());
            }
        }
    }

    [Fact]
    public async Task PromisesKeptByAgent_EqualPaymentsInTheWindowReachingThePromisedAmount()
    {
        var run = await Monthly.Value;
        var accounts = Data.Value.Accounts.Where(a => a.Creditor.Value == "waha-bank").Select(a => a.Id).ToHashSet();
        var payments = Data.Value.Payments.Where(p => accounts.Contains(p.Account)).ToLookup(p => p.Account);
        var due = Data.Value.Promises
            .Where(p => accounts.Contains(p.Account) && p.DueOn >= new LocalDate(2026, 7, 1) && p.DueOn <= new LocalDate(2026, 9, 30))
            .Select(p => (p.Agent, Kept: payments[p.Account].Where(x => x.ValueDate >= p.CreatedOn && x.ValueDate <= p.DueOn.PlusDays(3)).Sum(x => x.Amount.MinorUnits) >= p.Amount.MinorUnits))
            .ToList();

        var lines = run.Json.RootElement.GetProperty("promise_kept").GetProperty("by_agent").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        foreach (var agent in due.GroupBy(d => d.Agent))
        {
            Assert.Equal(agent.Count(), lines[agent.Key].GetProperty("promises_due").GetInt64());
            Assert.Equal(agent.Count(d => d.Kept), lines[agent.Key].GetProperty("promises_kept").GetInt64());
        }

        var pool = run.Json.RootElement.GetProperty("promise_kept").GetProperty("pool");
        Assert.Equal(due.Count, pool.GetProperty("promises_due").GetInt64());
        Assert.Equal(due.Count(d => d.Kept), pool.GetProperty("promises_kept").GetInt64());
    }

    [Fact]
    public async Task SegmentForwardRoll_EqualsAccountsMovingOneBucketLaterBetweenSnapshots()
    {
        var run = await Monthly.Value;
        string[] buckets = ["current", "1-30", "31-60", "61-90", "91-120", "121+"];
        var data = Data.Value;
        var snapshots = data.Snapshots.ToDictionary(s => (s.Account, s.Date));

        // Accounts owing something at the month's start in a bucket that can roll, and those one bucket later at its end.
        (long AtRisk, long Rolled) Month(IReadOnlyList<AccountRecord> accounts, YearMonth month)
        {
            var before = month.OnDayOfMonth(1).PlusDays(-1);
            var end = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
            long atRisk = 0, rolled = 0;
            foreach (var account in accounts.Where(a => a.PlacedOn < month.OnDayOfMonth(1)))
            {
                if (!snapshots.TryGetValue((account.Id, before), out var start) || start.Balance.MinorUnits == 0)
                {
                    continue;
                }

                var from = Array.IndexOf(buckets, Bucket(start.DaysPastDue));
                if (from == buckets.Length - 1)
                {
                    continue;
                }

                atRisk++;
                var after = snapshots[(account.Id, end)];
                rolled += after.Balance.MinorUnits > 0 && Array.IndexOf(buckets, Bucket(after.DaysPastDue)) == from + 1 ? 1 : 0;
            }

            return (atRisk, rolled);
        }

        foreach (var segment in run.Json.RootElement.GetProperty("segments").EnumerateArray())
        {
            var accounts = data.Accounts.Where(a => a.Creditor.Value == "waha-bank" && a.Segment.Value == segment.GetProperty("segment").GetString()).ToList();
            foreach (var period in segment.GetProperty("periods").EnumerateArray())
            {
                var (atRisk, rolled) = Month(accounts, YearMonth(period.GetProperty("period").GetString()!));
                Assert.Equal(atRisk, period.GetProperty("accounts_at_risk").GetInt64());
                Assert.Equal(rolled, period.GetProperty("accounts_rolled").GetInt64());
            }

            // The previous quarter (April to June), pooled: numerators and denominators summed over its months.
            var previous = new[] { 4, 5, 6 }.Select(m => Month(accounts, new YearMonth(2026, m))).ToList();
            Assert.Equal(previous.Sum(p => p.AtRisk), segment.GetProperty("previous").GetProperty("accounts_at_risk").GetInt64());
            Assert.Equal(previous.Sum(p => p.Rolled), segment.GetProperty("previous").GetProperty("accounts_rolled").GetInt64());
        }
    }

    [Fact]
    public async Task RollRateRecommendation_ComparesTheSegmentWithThePreviousQuarter()
    {
        var run = await Monthly.Value;
        var root = run.Json.RootElement;
        var cards = root.GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("segment").GetString() == "credit-cards");
        var recommendation = root.GetProperty("recommendations").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "roll_rate_rise");

        Assert.Equal("credit-cards", recommendation.GetProperty("subject").GetString());
        Assert.True(cards.GetProperty("pooled").GetProperty("rate").GetDecimal() > cards.GetProperty("previous").GetProperty("rate").GetDecimal());
        Assert.Contains(recommendation.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("code").GetString()!.Contains("previous", StringComparison.Ordinal));
        Assert.Equal("2026-04-01", root.GetProperty("previous_quarter").GetProperty("start").GetString());
        Assert.Equal("2026-06-30", root.GetProperty("previous_quarter").GetProperty("end").GetString());
    }

    [Fact]
    public async Task PlantedWeaknesses_FireTheirRecommendations()
    {
        var run = await Monthly.Value;
        var fired = run.Json.RootElement.GetProperty("recommendations").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("subject").GetString())).ToList();

        Assert.Contains(("roll_rate_rise", "credit-cards"), fired);
        Assert.Contains(("agent_promise_kept", "agent-05"), fired);
        Assert.Contains(("template_promise_kept", "call-firm"), fired);
        Assert.All(run.Json.RootElement.GetProperty("recommendations").EnumerateArray(), r =>
        {
            Assert.NotEmpty(r.GetProperty("evidence").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("estimate").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("estimate").GetProperty("ar").GetString()));
        });
    }

    [Fact]
    public async Task RecommendationTextsInTheJson_NameTheirSubjectInEachLanguage_NotByItsCode()
    {
        var run = await Monthly.Value;
        var recommendations = run.Json.RootElement.GetProperty("recommendations").EnumerateArray().ToList();
        string Text(string kind, string language) =>
            recommendations.Single(r => r.GetProperty("kind").GetString() == kind).GetProperty("text").GetProperty(language).GetString()!;

        Assert.StartsWith("Agent “Echo”: promise-kept rate", Text("agent_promise_kept", "en"), StringComparison.Ordinal);
        Assert.StartsWith("موظف التحصيل «إيكو»: نسبة الوفاء بالوعود", Text("agent_promise_kept", "ar"), StringComparison.Ordinal);
        Assert.StartsWith("Segment “Credit cards”:", Text("roll_rate_rise", "en"), StringComparison.Ordinal);
        Assert.StartsWith("الشريحة «البطاقات الائتمانية»:", Text("roll_rate_rise", "ar"), StringComparison.Ordinal);
        Assert.StartsWith("Template “Call script: firm reminder”:", Text("template_promise_kept", "en"), StringComparison.Ordinal);
        foreach (var r in recommendations.Where(r => r.GetProperty("subject_kind").GetString() is "segment" or "agent" or "template"))
        {
            var code = r.GetProperty("subject").GetString()!;
            Assert.DoesNotContain(code + "”", r.GetProperty("text").GetProperty("en").GetString()!, StringComparison.Ordinal);
            Assert.DoesNotContain(code + "»", r.GetProperty("text").GetProperty("ar").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WeeklyPages_SayTheBaselineAndTargetsAreMonthly_InTheirLanguage_AndNameTheWeekStart()
    {
        var run = await Weekly.Value;
        var arabic = File.ReadAllText(run.Path("governance-report.ar.html"));
        var english = File.ReadAllText(run.Path("governance-report.en.html"));
        var monthly = File.ReadAllText((await Monthly.Value).Path("governance-report.en.html"));

        Assert.Contains("<p class=\"note caveat\">Weekly periods: the baseline and the targets are monthly figures.", english, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note caveat\">فترات أسبوعية: خط الأساس والمستهدفات أرقام شهرية.", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("note caveat", monthly, StringComparison.Ordinal);
        Assert.Contains("الأحد", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("Sunday", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("in-memory", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("(embedded)", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AreSelfContained_ArabicRightToLeftWithTheHijriDate()
    {
        var run = await Monthly.Value;
        var arabic = File.ReadAllText(run.Path("governance-report.ar.html"));
        var english = File.ReadAllText(run.Path("governance-report.en.html"));
        var sha = run.Json.RootElement.GetProperty("provenance").GetProperty("input_sha256").GetString()!;

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains("1448-01-16", arabic, StringComparison.Ordinal); // 2026-07-01 in Umm al-Qura
        Assert.Contains("أم القرى", arabic, StringComparison.Ordinal);
        foreach (var page in new[] { arabic, english })
        {
            Assert.Contains(sha, page, StringComparison.Ordinal);
            Assert.Contains("<svg", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        }

        // Subjects are named in the page's language, not by a Latin code inside an Arabic sentence ("05-agent" on screen).
        var recommendations = arabic[arabic.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("agent-05", recommendations, StringComparison.Ordinal);
        Assert.DoesNotContain("call-firm", recommendations, StringComparison.Ordinal);
        Assert.Contains("موظف التحصيل &#171;<bdi>إيكو</bdi>&#187;", recommendations, StringComparison.Ordinal);
        var englishRecommendations = english[english.IndexOf("id=\"recommendations\"", StringComparison.Ordinal)..];
        Assert.Contains("Agent “<bdi>Echo</bdi>”: promise-kept rate", englishRecommendations, StringComparison.Ordinal);
        Assert.Contains(Kpi.KpiCatalog.Default[Kpi.KpiId.PromiseKeptRate].Title.Arabic, arabic, StringComparison.Ordinal);
        Assert.Contains(Kpi.KpiCatalog.Default[Kpi.KpiId.PromiseKeptRate].Title.English, english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ShowEachRecommendationsExpectedEffectAndEachChannelsCost_AsInTheJson()
    {
        var run = await Monthly.Value;
        var pages = new[] { "governance-report.en.html", "governance-report.ar.html" }.Select(f => File.ReadAllText(run.Path(f))).ToList();
        var figures = run.Json.RootElement;

        foreach (var recommendation in figures.GetProperty("recommendations").EnumerateArray())
        {
            var amount = recommendation.GetProperty("effect").GetProperty("amount").GetDecimal().ToString("N2", CultureInfo.InvariantCulture);
            Assert.All(pages, page => Assert.Contains(amount + " SAR", page, StringComparison.Ordinal));
        }

        foreach (var channel in figures.GetProperty("channels").EnumerateArray().Where(c => c.GetProperty("cost_per_productive_contact").ValueKind == JsonValueKind.Number))
        {
            var cost = channel.GetProperty("cost_per_productive_contact").GetDecimal().ToString("N2", CultureInfo.InvariantCulture);
            Assert.All(pages, page => Assert.Contains("<b><bdi dir=\"ltr\">" + cost + "</bdi></b>", page, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task InputsFile_TargetsDecideTheStatus()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathTo("samples", "Collections.Samples.GovernanceReport", "Inputs", "governance-inputs.default.json")))!;
        json["targets"]!["rpc_rate"] = 0;      // higher is better: every month meets 0%
        json["targets"]!["complaint_rate"] = 1_000_000; // lower is better: every month meets it
        json["baseline"]!["label"] = "Test baseline";
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-inputs-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json.ToJsonString());

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "300", "--inputs", file);

        Assert.True(run.ExitCode == 0, run.Error);
        var kpis = run.Json.RootElement.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("id").GetString()!);
        Assert.All(kpis["rpc_rate"].GetProperty("periods").EnumerateArray(), c => Assert.Equal("met", c.GetProperty("status").GetString()));
        Assert.All(kpis["complaint_rate"].GetProperty("periods").EnumerateArray(), c => Assert.NotEqual("missed", c.GetProperty("status").GetString()));
        Assert.All(kpis["paying_accounts_rate"].GetProperty("periods").EnumerateArray(), c => Assert.Equal("no_target", c.GetProperty("status").GetString()));
        Assert.Equal("Test baseline", run.Json.RootElement.GetProperty("baseline").GetProperty("label").GetString());
        Assert.Equal(file, run.Json.RootElement.GetProperty("source").GetProperty("inputs").GetString());
        File.Delete(file);
    }

    [Fact]
    public async Task SameSeed_GivesTheSameJson_AnotherSeedAnotherInputHash()
    {
        var first = await Monthly.Value;
        var again = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "1200", "--seed", "11");
        var other = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "1200", "--seed", "12");

        Assert.Equal(File.ReadAllText(first.Path("governance-report.json")), File.ReadAllText(again.Path("governance-report.json")));
        Assert.Equal(File.ReadAllText(first.Path("governance-report.ar.html")), File.ReadAllText(again.Path("governance-report.ar.html")));
        Assert.NotEqual(Sha(first), Sha(other));
    }

    [Fact]
    public async Task Weekly_TwelveWholeSundayToSaturdayWeeksOfTheQuarter()
    {
        var run = await Weekly.Value;

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var periods = run.Json.RootElement.GetProperty("periods").EnumerateArray()
            .Select(p => (Start: Date(p.GetProperty("start").GetString()!), End: Date(p.GetProperty("end").GetString()!))).ToList();
        Assert.Equal(12, periods.Count);
        Assert.All(periods, p =>
        {
            Assert.Equal(IsoDayOfWeek.Sunday, p.Start.DayOfWeek);
            Assert.Equal(p.Start.PlusDays(6), p.End);
        });
        Assert.Equal(new LocalDate(2026, 7, 5), periods[0].Start);
        Assert.Equal(new LocalDate(2026, 9, 26), periods[^1].End);
        Assert.Equal("nakheel-finance", run.Json.RootElement.GetProperty("creditor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AuditFile_IsAppendedTo_TheNextReportIsComputedAtTheLaterHead()
    {
        var file = Path.Combine(Path.GetTempPath(), "governance-audit-" + Guid.NewGuid().ToString("N") + ".db");
        var first = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);
        var second = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);

        Assert.True(second.ExitCode == 0, second.Error);
        var p1 = first.Json.RootElement.GetProperty("provenance");
        var p2 = second.Json.RootElement.GetProperty("provenance");
        Assert.Equal(1, p1.GetProperty("audit_count_after_issuance").GetInt64());
        Assert.Equal(1, p2.GetProperty("audit_count_at_computation").GetInt64());
        Assert.Equal(p1.GetProperty("audit_hash_after_issuance").GetString(), p2.GetProperty("audit_hash_at_computation").GetString());
        Assert.Equal(2, p2.GetProperty("audit_count_after_issuance").GetInt64());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Fact]
    public async Task DocsSamples_AreTheDefaultRun()
    {
        var run = await GovernanceRun.RunAsync("--out", "{out}");

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var file in new[] { "governance-report.json", "governance-report.en.html", "governance-report.ar.html" })
        {
            var committed = File.ReadAllText(RepositoryFiles.PathTo("docs", "samples", file)).ReplaceLineEndings("\n");
            var generated = File.ReadAllText(run.Path(file)).ReplaceLineEndings("\n");
            Assert.True(
                committed == generated,
                $"docs/samples/{file} is stale: regenerate it with `dotnet run --project samples/Collections.Samples.GovernanceReport -- --out docs/samples`.");
        }
    }

    [Fact]
    public async Task Help_PrintsTheUsage_ExitCode0()
    {
        var run = await GovernanceRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: collections-governance", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "daily", "--period: 'daily' is not weekly or monthly.")]
    [InlineData("--accounts", "ten", "--accounts: 'ten' is not a whole number from 50 to 100,000.")]
    [InlineData("--creditor", "acme", "--creditor: 'acme' is not a creditor of the generated data")]
    [InlineData("--seed", "1.5", "--seed: '1.5' is not a whole number from -2,147,483,648 to 2,147,483,647.")]
    [InlineData("--seed", "99999999999", "--seed: '99999999999' is not a whole number from -2,147,483,648 to 2,147,483,647.")]
    [InlineData("--colour", "red", "--colour: unknown option")]
    [InlineData("--inputs", "/no/such/file.json", "--inputs: '/no/such/file.json' does not exist.")]
    public async Task BadArgument_ExitCode2_NamesTheOptionAndValue(string option, string value, string expected)
    {
        var run = await GovernanceRun.RunAsync("--out", "{out}", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains(GovernanceArguments.HelpHint, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Error, StringComparison.Ordinal); // the hint, not the whole usage
    }

    [Fact]
    public async Task MissingOut_ExitCode2_SaysItIsRequired()
    {
        var run = await GovernanceRun.RunAsync("--seed", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out: the output folder is required.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputsFile_ExitCode3_NamesTheJsonPath()
    {
        var file = Path.Combine(Path.GetTempPath(), "governance-inputs-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """
            { "currency": "SAR", "baseline": { "label": "b", "start": "2026-04-01", "end": "2026-06-30", "values": { "rpc_rate": 140 } },
              "targets": { "no_such_kpi": 1 }, "channel_costs": { "pigeon": 1 } }
            """);

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--inputs", file);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("$.baseline.values.rpc_rate: 140 is not a percentage from 0 to 100.", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.targets.no_such_kpi: not a KPI of the catalog.", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.channel_costs.pigeon: not a channel code", run.Error, StringComparison.Ordinal);
        File.Delete(file);
    }

    private static List<AttemptRecord> CreditorAttempts(string creditor, LocalDate from, LocalDate to)
    {
        var accounts = Data.Value.Accounts.Where(a => a.Creditor.Value == creditor).Select(a => a.Id).ToHashSet();
        return [.. Data.Value.Attempts.Where(a => accounts.Contains(a.Account) && a.Day >= from && a.Day <= to)];
    }

    /// <summary>The default bucket of a DPD, written out: ≤ 0 current, then 1–30, 31–60, 61–90, 91–120, 121+.</summary>
    private static string Bucket(int daysPastDue) => daysPastDue switch
    {
        <= 0 => "current",
        <= 30 => "1-30",
        <= 60 => "31-60",
        <= 90 => "61-90",
        <= 120 => "91-120",
        _ => "121+",
    };

    private static YearMonth YearMonth(string text) =>
        new(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture));

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static string Sha(GovernanceRun run) => run.Json.RootElement.GetProperty("provenance").GetProperty("input_sha256").GetString()!;
}
