using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.Proposals;

public sealed class FeeProposalTests
{
    private static readonly LegalStageCode Filed = new("filed");
    private static readonly LegalStageCode Judgment = new("judgment");

    private static FeeSchedule LegalSchedule() => Flat(20m, new FeeScheduleTerms { StageFees = [new StageFee(Filed, Sr(1_500m)), new StageFee(Judgment, Sr(2_500m))] }, CollectionTrack.Legal);

    private static ProposalSegment Segment(string id, CollectionTrack track, int accounts, decimal balance, int age, decimal recovery) =>
        new(new SegmentId(id), new BilingualText(id, "شريحة " + id), track, accounts, Sr(balance), new DaysPastDue(age), recovery);

    [Fact]
    public void Project_PhoneAndLegalSegments_HandComputedPerSegmentTrackAndTotal()
    {
        var segments = new[]
        {
            Segment("early", CollectionTrack.Amicable, 100, 500_000m, age: 20, recovery: 30m),   // 150,000.00 collected; average 5,000 → A 8% → 12,000.00
            Segment("mid-high", CollectionTrack.Amicable, 10, 150_000m, age: 120, recovery: 20m), // 30,000.00; average 15,000 → B-large 10% → 3,000.00
            Segment("legal", CollectionTrack.Legal, 4, 200_000m, age: 400, recovery: 10m) with    // 20,000.00 × 20% = 4,000.00
            {
                ExpectedStages = [new ExpectedStage(Filed, 50m), new ExpectedStage(Judgment, 25m)],  // 2 × 1,500 + 1 × 2,500 = 5,500.00
            },
        };

        var proposal = FeeProposal.Project([Amicable(), LegalSchedule()], segments, [new BilingualText("Recovery rates are the agency's starting points.", "نسب الاسترداد نقاط بداية من جهة التحصيل.")]);

        Assert.Equal([Sr(150_000m), Sr(30_000m), Sr(20_000m)], proposal.Lines.Select(l => l.ProjectedCollections));
        Assert.Equal(["A", "B-large", "ALL"], proposal.Lines.Select(l => l.Tier.Code));
        Assert.Equal([Sr(12_000m), Sr(3_000m), Sr(4_000m)], proposal.Lines.Select(l => l.PercentageFee));
        Assert.Equal([Sr(3_000m), Sr(2_500m)], proposal.Lines[2].StageFees.Select(s => s.Fee));
        Assert.Equal([2m, 1m], proposal.Lines[2].StageFees.Select(s => s.ExpectedAccounts));
        Assert.Equal([Sr(12_000m), Sr(3_000m), Sr(9_500m)], proposal.Lines.Select(l => l.Fees));

        var (phone, legal) = (proposal.Tracks[0], proposal.Tracks[1]);
        Assert.Equal((CollectionTrack.Amicable, 110, Sr(15_000m), Sr(2_250m), Sr(17_250m)), (phone.Track!, phone.Accounts, phone.Fees, phone.Vat, phone.Total));
        Assert.Equal((CollectionTrack.Legal, 4, Sr(9_500m), Sr(1_425m), Sr(10_925m)), (legal.Track!, legal.Accounts, legal.Fees, legal.Vat, legal.Total));
        Assert.Equal((114, Sr(850_000m), Sr(200_000m), Sr(24_500m), Sr(3_675m), Sr(28_175m)), (proposal.Total.Accounts, proposal.Total.Balance, proposal.Total.ProjectedCollections, proposal.Total.Fees, proposal.Total.Vat, proposal.Total.Total));
        Assert.Equal(0.1225m, proposal.Total.FeesShareOfCollections.Value);

        Assert.Contains(proposal.Assumptions, a => a.English == "early (Amicable (phone) collection): balance 500,000.00 SAR over 100 account(s); expected recovery 30% of the balance (150,000.00 SAR); priced at tier A (8%) for 20 days past due at placement and an average balance of 5,000.00 SAR.");
        Assert.Contains(proposal.Assumptions, a => a.English == "legal: 50% of the accounts are expected to reach stage 'filed', at 1,500.00 SAR each.");
        Assert.Contains(proposal.Assumptions, a => a.English == "VAT at 15% is added as a separate line (Legal track).");
        Assert.Equal("نسب الاسترداد نقاط بداية من جهة التحصيل.", proposal.Assumptions[^1].Arabic);
    }

    [Fact]
    public void Project_EmptySegmentAndLimits_ZeroLineAndTheLimitsAssumption()
    {
        var schedule = Flat(10m, new FeeScheduleTerms { CapPerPayment = Sr(100m) });

        var proposal = FeeProposal.Project([schedule], [Segment("none", CollectionTrack.Amicable, 0, 0m, age: 10, recovery: 50m)]);

        Assert.Equal(Sr(0m), proposal.Total.Total);
        Assert.False(proposal.Total.FeesShareOfCollections.IsDefined);
        Assert.Contains(proposal.Assumptions, a => a.English.StartsWith("Minimums and caps per payment or per statement", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_BadInput_EveryProblemNamed()
    {
        var segments = new[]
        {
            Segment("a", CollectionTrack.Legal, 1, 100m, age: 10, recovery: 120m) with { ExpectedStages = [new ExpectedStage(new LegalStageCode("appeal"), 10m)] },
            Segment("b", CollectionTrack.Amicable, -1, -5m, age: 10, recovery: 5m) with { ExpectedStages = [new ExpectedStage(Filed, 101m)] },
        };

        var error = Assert.Throws<ArgumentException>(() => FeeProposal.Project([LegalSchedule(), Flat(5m, track: CollectionTrack.Legal)], segments));

        Assert.Contains("schedules[1] (flat) is a second schedule for the legal track (flat)", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[0] (a).expectedRecoveryPercent: must be from 0 to 100 (got 120)", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[0] (a).expectedStages[0].stage: schedule flat has no fee for stage 'appeal'", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[1] (b).track: no schedule for the amicable track", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[1] (b).accounts: must not be negative (got -1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[1] (b).expectedStages: stages belong to the legal track", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments[1] (b).expectedStages[0].percentOfAccounts: must be from 0 to 100 (got 101)", error.Message, StringComparison.Ordinal);
    }
}
