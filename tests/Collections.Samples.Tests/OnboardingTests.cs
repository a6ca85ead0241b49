using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>The onboarding documents of the pack: the 14-day roadmap, the fee proposal and the bilingual NDA template.</summary>
public sealed class OnboardingTests
{
    private static Task<SampleRun> Quickstart(params string[] extra) =>
        SampleRun.RunAsync([SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}", .. extra]);

    [Fact]
    public async Task Roadmap_StandardTasksOnWorkingDaysWithinFourteenDays_EachWithAnOwnerAndAnExit()
    {
        var run = await Quickstart();
        var roadmap = run.Figures.Roadmap;

        Assert.Equal(("2005-10-01", "2005-10-14", "sunday-thursday"), (roadmap.Start, roadmap.End, roadmap.WorkingDays));
        var ids = roadmap.Tasks.Select(t => t.Id).ToList();
        Assert.Equal(["contact_cleansing", "data_handover", "escalation_request", "policy_templates", "review", "weekly_report"], ids.Where(i => i != "contact_wave").Order(StringComparer.Ordinal));
        Assert.Equal("data_handover", ids[0]);
        Assert.Equal("review", ids[^1]);
        Assert.Equal(5, ids.Count(i => i == "contact_wave"));
        Assert.All(roadmap.Tasks, t =>
        {
            var due = NodaTime.Text.LocalDatePattern.Iso.Parse(t.Due).Value;
            var starts = NodaTime.Text.LocalDatePattern.Iso.Parse(t.Starts).Value;
            Assert.InRange(t.Day, 1, 14);
            Assert.True(starts <= due, $"{t.Id} starts after it is due");
            Assert.DoesNotContain(due.DayOfWeek, new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday });
            Assert.False(string.IsNullOrWhiteSpace(t.Owner));
            Assert.False(string.IsNullOrWhiteSpace(t.Exit));
        });
        Assert.Equal(roadmap.Tasks.Select(t => t.Due).Order(StringComparer.Ordinal), roadmap.Tasks.Select(t => t.Due));

        // Waves follow the segments' priorities; the fifth takes the rest; the escalation request names its accounts.
        var waves = roadmap.Tasks.Where(t => t.Id == "contact_wave").ToList();
        Assert.Equal(["escalation-review"], waves[0].Segments);
        Assert.Equal(["mid-stage", "early-stage-high", "early-stage"], waves[4].Segments);
        Assert.Equal(run.Figures.Segments.Where(s => s.ChannelMix.Count > 0).Sum(s => s.Accounts), waves.Sum(w => w.Accounts));
        var escalation = roadmap.Tasks.Single(t => t.Id == "escalation_request");
        Assert.Equal(3, escalation.Accounts);
        Assert.Contains("(3; 79,808.00 TWD)", escalation.Exit, StringComparison.Ordinal);
        Assert.Contains("All accounts (2,000)", roadmap.Tasks[0].Exit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeeProposal_EachLineRecomputesFromItsStatedAssumptions_AndTheLinesAddUpToTheTotals()
    {
        var run = await Quickstart();
        var proposal = run.Figures.FeeProposal;

        Assert.Equal("TWD", proposal.Currency);
        Assert.Equal(["amicable", "legal"], proposal.Schedules.Select(s => s.Track));
        Assert.All(proposal.Lines, l =>
        {
            // Collections = balance × recovery, fee = collections × tier %, each rounded half away from zero to the cent.
            var collections = Math.Round(l.Balance * l.ExpectedRecoveryPercent / 100m, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(collections, l.ProjectedCollections);
            Assert.Equal(Math.Round(collections * l.Percent / 100m, 2, MidpointRounding.AwayFromZero), l.PercentageFee);
            Assert.Equal(l.PercentageFee + l.StageFees, l.Fees);
        });
        foreach (var track in proposal.Tracks)
        {
            var lines = proposal.Lines.Where(l => l.Track == track.Track).ToList();
            var vat = proposal.Schedules.Single(s => s.Track == track.Track).VatPercent;
            Assert.Equal(lines.Sum(l => l.Fees), track.Fees);
            Assert.Equal(Math.Round(track.Fees * vat / 100m, 2, MidpointRounding.AwayFromZero), track.Vat);
            Assert.Equal(track.Fees + track.Vat, track.Total);
        }

        Assert.Equal(proposal.Tracks.Sum(t => t.Total), proposal.Total.Total);
        Assert.Equal(proposal.Lines.Sum(l => l.Accounts) + proposal.NotPriced.Sum(n => n.Accounts), run.Figures.Segments.Sum(s => s.Accounts));

        // Escalation review on the legal track: 3 accounts, 15% of 79,808 = 11,971.20 at 20% = 2,394.24, plus stage fees
        // 3 × (60% × 2,000 + 40% × 3,000 + 20% × 2,500) = 8,700.00.
        var legal = Assert.Single(proposal.Lines, l => l.Track == "legal");
        Assert.Equal(("escalation-review", 3, 79_808m, 11_971.20m, 2_394.24m, 8_700m, 11_094.24m), (legal.Segment, legal.Accounts, legal.Balance, legal.ProjectedCollections, legal.PercentageFee, legal.StageFees, legal.Fees));
        Assert.Contains(proposal.Assumptions, a => a.Contains("this portfolio is in TWD", StringComparison.Ordinal));
        Assert.Contains(proposal.Assumptions, a => a.StartsWith("Accounts are assumed placed on 2005-10-01", StringComparison.Ordinal));
        Assert.Equal("no-debt", Assert.Single(proposal.NotPriced).Segment);
    }

    [Fact]
    public async Task Nda_BilingualTemplateForCounsel_FilledWithTheGivenParties_CoveringThePdplDuties()
    {
        var run = await Quickstart("--collector", "Example Collections Co.", "--collector-address", "Olaya Street, Riyadh");
        var nda = run.Figures.Nda;
        var html = File.ReadAllText(run.NdaPath);

        Assert.Equal("template", nda.Status);
        Assert.Equal(("uci-taiwan-card-issuer-2005", "Example Collections Co.", "Olaya Street, Riyadh"), (nda.Creditor.Name, nda.Collector.Name, nda.Collector.Address));
        Assert.False(nda.Creditor.AddressGiven);
        Assert.Contains(["personal_data", "security", "breach", "return_deletion"], id => nda.Clauses.Any(c => c.Id == id));
        Assert.Contains("Personal Data Protection Law", nda.Clauses.Single(c => c.Id == "personal_data").TextEn, StringComparison.Ordinal);
        Assert.Contains("نظام حماية البيانات الشخصية", nda.Clauses.Single(c => c.Id == "personal_data").TextAr, StringComparison.Ordinal);
        Assert.Contains("purpose limitation", nda.Clauses.Single(c => c.Id == "personal_data").TextEn, StringComparison.Ordinal);
        Assert.Contains("Example Collections Co.", nda.Clauses[0].TextAr, StringComparison.Ordinal);
        Assert.Contains("[العنوان المسجل]", nda.Clauses[0].TextAr, StringComparison.Ordinal);
        Assert.Contains("TEMPLATE FOR REVIEW BY LEGAL COUNSEL", html, StringComparison.Ordinal);
        Assert.Contains("نموذج للمراجعة من قِبل المستشار القانوني", html, StringComparison.Ordinal);
        Assert.Contains("اتفاقية عدم إفصاح متبادلة", html, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Documents_InTheRunsLanguage_SelfContained(string lang, string dir)
    {
        var run = await Quickstart("--lang", lang);

        foreach (var path in new[] { run.RoadmapPath, run.FeeProposalPath, run.NdaPath })
        {
            var html = File.ReadAllText(path);
            Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        }

        var report = File.ReadAllText(run.ReportPath);
        Assert.Contains("href=\"roadmap.html\"", report, StringComparison.Ordinal);
        Assert.Contains("href=\"fee-proposal.html\"", report, StringComparison.Ordinal);
        Assert.Contains("href=\"nda.html\"", report, StringComparison.Ordinal);
        if (lang == "ar")
        {
            Assert.Contains("خارطة طريق الإعداد خلال 14 يوماً", File.ReadAllText(run.RoadmapPath), StringComparison.Ordinal);
            Assert.Contains("هيكلة الأتعاب", File.ReadAllText(run.FeeProposalPath), StringComparison.Ordinal);
            Assert.Contains("<bdi dir=\"ltr\">79,808.00 TWD</bdi>", File.ReadAllText(run.RoadmapPath), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OwnPhoneSchedule_UsedForThePhoneTrack()
    {
        var file = Path.Combine(Path.GetTempPath(), "phone-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "schedule": "acme-flat-10", "creditor": "uci-taiwan-card-issuer-2005", "track": "amicable", "currency": "TWD", "vatPercent": 5, "tiers": [ { "code": "ALL", "age": {}, "percent": 10 } ] }""");
        try
        {
            var run = await Quickstart("--phone-fees", file);

            Assert.True(run.ExitCode == 0, run.Error);
            var proposal = run.Figures.FeeProposal;
            Assert.Equal(["acme-flat-10", "sample-legal-default"], proposal.Schedules.Select(s => s.Id));
            Assert.All(proposal.Lines.Where(l => l.Track == "amicable"), l => Assert.Equal(("ALL", 10m), (l.Tier, l.Percent)));
            var phone = proposal.Tracks.Single(t => t.Track == "amicable");
            Assert.Equal(Math.Round(phone.Fees * 0.05m, 2, MidpointRounding.AwayFromZero), phone.Vat);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task BrokenOrMissingScheduleFiles_RefusedNamingTheOptionAndTheField()
    {
        var gap = Path.Combine(Path.GetTempPath(), "phone-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(gap, """{ "schedule": "s", "creditor": "c", "track": "amicable", "currency": "TWD", "tiers": [ { "code": "A", "age": { "max": 90 }, "percent": 8 }, { "code": "B", "age": { "min": 100 }, "percent": -1 } ] }""");
        try
        {
            var missing = await Quickstart("--legal-fees", "no-such-schedule.json");
            var broken = await Quickstart("--phone-fees", gap);

            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("--legal-fees: 'no-such-schedule.json' does not exist.", missing.Error, StringComparison.Ordinal);
            Assert.Equal(3, broken.ExitCode);
            Assert.Contains("--phone-fees:", broken.Error, StringComparison.Ordinal);
            Assert.Contains("$.tiers[1].percent: must not be negative (got -1)", broken.Error, StringComparison.Ordinal);
            Assert.Contains("$.tiers[1].age: leaves a gap after tiers[0].age: ages 91..99 have no tier", broken.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(broken.FiguresPath));
        }
        finally
        {
            File.Delete(gap);
        }
    }
}
