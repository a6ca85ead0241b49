using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Fees;

/// <summary>A fee proposal: schedules applied to an assessed portfolio's segments, giving projected collections and fees per segment, per track and in total, with every assumption listed.</summary>
/// <remarks>
/// <para>Per segment (stated assumptions: track, age at placement, expected recovery, and for the legal track the share
/// of accounts reaching each charged stage): projected collections = balance × expected recovery; the percentage fee =
/// collections × the percentage of the tier of the segment's age at placement and average balance; stage fees =
/// accounts × share × fixed fee; each rounded once to the minor unit, half away from zero. Per track: VAT = the track's
/// fees × its schedule's VAT, rounded once. Minimums and caps are not projected (the number and size of payments are
/// unknown) — the assumptions say so when a schedule has them. No reversals are assumed.</para>
/// <para>One proposal is for one creditor and one currency: the schedules must share them, one schedule per track.</para>
/// </remarks>
public sealed record FeeProposal
{
    private FeeProposal(
        Currency currency,
        ImmutableArray<FeeSchedule> schedules,
        ImmutableArray<FeeProposalLine> lines,
        ImmutableArray<FeeProposalTotal> tracks,
        FeeProposalTotal total,
        ImmutableArray<BilingualText> assumptions)
    {
        Currency = currency;
        Schedules = schedules;
        Lines = lines;
        Tracks = tracks;
        Total = total;
        Assumptions = assumptions;
    }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The schedules applied, one per track.</summary>
    public ImmutableArray<FeeSchedule> Schedules { get; }

    /// <summary>One line per segment (or segment part), in the order given.</summary>
    public ImmutableArray<FeeProposalLine> Lines { get; }

    /// <summary>Totals per track that has lines, in the order of <see cref="CollectionTrack.All"/>.</summary>
    public ImmutableArray<FeeProposalTotal> Tracks { get; }

    /// <summary>Totals over every track.</summary>
    public FeeProposalTotal Total { get; }

    /// <summary>Every assumption the figures rest on, in English and Arabic: the method, each segment's, each track's, then the caller's own.</summary>
    public ImmutableArray<BilingualText> Assumptions { get; }

    /// <summary>Projects fees for an assessed portfolio.</summary>
    /// <param name="schedules">One schedule per track used, all for one creditor and currency.</param>
    /// <param name="segments">The segments (or segment parts) with their stated assumptions.</param>
    /// <param name="statedAssumptions">The caller's own assumptions, listed after the library's (for example where the recovery rates come from).</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> or <paramref name="segments"/> is null.</exception>
    /// <exception cref="ArgumentException">Bad input, every problem named: no schedule, two for a track, schedules of different creditors or currencies, a segment on a track without a schedule, in another currency, with negative accounts or balance, a recovery or stage share outside 0–100, a stage the schedule has no fee for.</exception>
    public static FeeProposal Project(IEnumerable<FeeSchedule> schedules, IEnumerable<ProposalSegment> segments, IEnumerable<BilingualText>? statedAssumptions = null)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(segments);
        var scheduleList = schedules.ToList();
        var segmentList = segments.ToList();
        var byTrack = Check(scheduleList, segmentList);
        var currency = scheduleList[0].Currency;
        var zero = Money.Zero(currency);

        var lines = segmentList.Select(s => Line(byTrack[s.Track], s)).ToImmutableArray();
        var tracks = CollectionTrack.All
            .Where(t => lines.Any(l => l.Track == t))
            .Select(t => Totals(t, [.. lines.Where(l => l.Track == t)], byTrack[t].VatPercent, zero))
            .ToImmutableArray();
        var total = new FeeProposalTotal(
            null,
            tracks.Sum(t => t.Accounts),
            tracks.Aggregate(zero, (sum, t) => sum + t.Balance),
            tracks.Aggregate(zero, (sum, t) => sum + t.ProjectedCollections),
            tracks.Aggregate(zero, (sum, t) => sum + t.Fees),
            tracks.Aggregate(zero, (sum, t) => sum + t.Vat),
            tracks.Aggregate(zero, (sum, t) => sum + t.Total));
        var used = CollectionTrack.All.Where(byTrack.ContainsKey).Select(t => byTrack[t]).ToImmutableArray();
        return new FeeProposal(currency, used, lines, tracks, total, ListAssumptions(used, lines, statedAssumptions));
    }

    private static FeeProposalLine Line(FeeSchedule schedule, ProposalSegment segment)
    {
        var currency = schedule.Currency;
        var average = segment.Accounts > 0
            ? Money.FromMinorUnits((long)Math.Round((decimal)segment.Balance.MinorUnits / segment.Accounts, MidpointRounding.AwayFromZero), currency)
            : segment.Balance;
        var tier = schedule.TierFor(segment.AgeAtPlacement, average);
        var collections = segment.Balance.Multiply(segment.ExpectedRecoveryPercent / 100m, MidpointRounding.AwayFromZero);
        var percentageFee = schedule.PercentageFee(collections, tier);
        var stageFees = segment.ExpectedStages.Select(e =>
        {
            schedule.TryGetStageFee(e.Stage, out var each);
            var expected = segment.Accounts * e.PercentOfAccounts / 100m;
            return new ProjectedStageFee(e.Stage, e.PercentOfAccounts, expected, each, each.Multiply(expected, MidpointRounding.AwayFromZero));
        }).ToImmutableArray();
        var fees = stageFees.Aggregate(percentageFee, (sum, s) => sum + s.Fee);
        return new FeeProposalLine(
            segment.Id, segment.Title, segment.Track, segment.Accounts, segment.Balance, segment.AgeAtPlacement, average,
            segment.ExpectedRecoveryPercent, collections, tier, percentageFee, stageFees, fees);
    }

    private static FeeProposalTotal Totals(CollectionTrack track, List<FeeProposalLine> lines, decimal vatPercent, Money zero)
    {
        var fees = lines.Aggregate(zero, (sum, l) => sum + l.Fees);
        var vat = fees.Multiply(vatPercent / 100m, MidpointRounding.AwayFromZero);
        return new FeeProposalTotal(
            track,
            lines.Sum(l => l.Accounts),
            lines.Aggregate(zero, (sum, l) => sum + l.Balance),
            lines.Aggregate(zero, (sum, l) => sum + l.ProjectedCollections),
            fees,
            vat,
            fees + vat);
    }

    private static ImmutableArray<BilingualText> ListAssumptions(ImmutableArray<FeeSchedule> schedules, ImmutableArray<FeeProposalLine> lines, IEnumerable<BilingualText>? stated)
    {
        var list = new List<BilingualText> { FeesTexts.Get("assumption.projection"), FeesTexts.Get("assumption.basis") };
        foreach (var line in lines)
        {
            var title = TextArgument.Of("title", line.Title);
            list.Add(FeesTexts.Format(
                "assumption.segment",
                title,
                TextArgument.Of("track", line.Track.Title),
                TextArgument.Of("accounts", FeesTexts.Count(line.Accounts)),
                TextArgument.Of("balance", line.Balance),
                FeesTexts.Percent("recovery", line.ExpectedRecoveryPercent),
                TextArgument.Of("collections", line.ProjectedCollections),
                TextArgument.Of("tier", line.Tier.Code),
                FeesTexts.Percent("percent", line.Tier.Percent),
                TextArgument.Of("age", line.AgeAtPlacement.ToString()),
                TextArgument.Of("average", line.AverageBalance)));
            foreach (var stage in line.StageFees)
            {
                list.Add(FeesTexts.Format(
                    "assumption.stage",
                    title,
                    FeesTexts.Percent("share", stage.PercentOfAccounts),
                    TextArgument.Of("stage", stage.Stage.Value),
                    TextArgument.Of("fee", stage.FeeEach)));
            }
        }

        foreach (var schedule in schedules.Where(s => lines.Any(l => l.Track == s.Track)))
        {
            var track = TextArgument.Of("track", schedule.Track.Title);
            list.Add(FeesTexts.Format(schedule.DirectPaymentsEarn ? "assumption.direct.earn" : "assumption.direct.none", track));
            if (schedule.MinimumPerPayment is not null || schedule.CapPerPayment is not null || schedule.MinimumPerStatement is not null || schedule.CapPerStatement is not null)
            {
                list.Add(FeesTexts.Format("assumption.limits", track));
            }

            list.Add(FeesTexts.Format("assumption.vat", FeesTexts.Percent("vat", schedule.VatPercent), track));
        }

        list.Add(FeesTexts.Get("assumption.reversals"));
        if (stated is not null)
        {
            list.AddRange(stated.Where(s => s is not null));
        }

        return [.. list];
    }

    private static Dictionary<CollectionTrack, FeeSchedule> Check(List<FeeSchedule> schedules, List<ProposalSegment> segments)
    {
        var problems = new List<string>();
        void Add(FormattableString text) => problems.Add(text.ToString(CultureInfo.InvariantCulture));
        var byTrack = new Dictionary<CollectionTrack, FeeSchedule>();
        if (schedules.Count == 0)
        {
            Add($"schedules: at least one schedule is needed");
        }

        for (var i = 0; i < schedules.Count; i++)
        {
            if (schedules[i] is not { } schedule)
            {
                Add($"schedules[{i}] is null");
            }
            else if (!byTrack.TryAdd(schedule.Track, schedule))
            {
                Add($"schedules[{i}] ({schedule.Id}) is a second schedule for the {schedule.Track.Code} track ({byTrack[schedule.Track].Id})");
            }
            else if (schedule.Currency != schedules[0].Currency || schedule.Creditor != schedules[0].Creditor)
            {
                Add($"schedules[{i}] ({schedule.Id}) is for {schedule.Creditor} in {schedule.Currency}; a proposal is for one creditor and currency ({schedules[0].Creditor}, {schedules[0].Currency})");
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i] is not { } segment)
            {
                Add($"segments[{i}] is null");
                continue;
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"segments[{i}] ({segment.Id})");
            if (!byTrack.TryGetValue(segment.Track, out var schedule))
            {
                Add($"{name}.track: no schedule for the {segment.Track.Code} track");
            }

            if (schedule is not null && segment.Balance.Currency != schedule.Currency)
            {
                Add($"{name}.balance: {segment.Balance} is not in the schedule's {schedule.Currency}");
            }

            if (segment.Accounts < 0)
            {
                Add($"{name}.accounts: must not be negative (got {segment.Accounts})");
            }

            if (segment.Balance.IsNegative)
            {
                Add($"{name}.balance: must not be negative (got {segment.Balance})");
            }

            if (segment.ExpectedRecoveryPercent is < 0 or > 100)
            {
                Add($"{name}.expectedRecoveryPercent: must be from 0 to 100 (got {segment.ExpectedRecoveryPercent})");
            }

            var stages = segment.ExpectedStages ?? [];
            if (stages.Count > 0 && segment.Track != CollectionTrack.Legal)
            {
                Add($"{name}.expectedStages: stages belong to the legal track");
            }

            for (var j = 0; j < stages.Count; j++)
            {
                if (stages[j] is not { } stage)
                {
                    Add($"{name}.expectedStages[{j}] is null");
                    continue;
                }

                if (stage.PercentOfAccounts is < 0 or > 100)
                {
                    Add($"{name}.expectedStages[{j}].percentOfAccounts: must be from 0 to 100 (got {stage.PercentOfAccounts})");
                }

                if (schedule is not null && segment.Track == CollectionTrack.Legal && !schedule.TryGetStageFee(stage.Stage, out _))
                {
                    Add($"{name}.expectedStages[{j}].stage: schedule {schedule.Id} has no fee for stage '{stage.Stage}'");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The fee proposal cannot be projected ({problems.Count.ToString(CultureInfo.InvariantCulture)} problem(s)): " + string.Join("; ", problems) + ".", nameof(segments));
        }

        return byTrack;
    }
}
