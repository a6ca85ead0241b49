using Collections.Aging;
using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>Segments the portfolio with the library's standard segments and turns the summaries into figures.</summary>
/// <remarks>
/// The standard set needs a "high balance" threshold per currency. Unless the caller gives one, the sample uses the
/// upper quartile of the accounts' debt in the main currency (so a quarter of the indebted accounts are "high"),
/// rounded to a whole unit, and says so in every high-balance segment's reasons.
/// </remarks>
internal static class SegmentStep
{
    /// <summary>The segment figures, and each segment's accounts with debt in the main currency (what the fee proposal prices).</summary>
    public sealed record Outcome(IReadOnlyList<SegmentFigure> Figures, IReadOnlyList<SegmentAccounts> Accounts);

    /// <summary>A segment's definition, its number of accounts, and the positions of those that owe in the main currency.</summary>
    public sealed record SegmentAccounts(SegmentDefinition Segment, int Accounts, IReadOnlyList<AccountPosition> Positions);

    public static Outcome Run(
        Portfolio portfolio, LocalDate asOf, YearMonth? period, Currency currency, Money? highBalance, ReportTexts texts)
    {
        var positions = period is { } p
            ? PortfolioAging.PositionsFromSnapshots(portfolio.Snapshots, p)
            : PortfolioAging.PositionsFromItems(portfolio.Items, asOf);
        var threshold = highBalance ?? UpperQuartile(positions, currency);
        var segments = StandardSegments.Create(threshold);
        var profiles = period is { } q
            ? AccountProfiles.FromSnapshots(portfolio, q)
            : AccountProfiles.FromItems(portfolio, asOf);
        var result = PortfolioSegmentation.Assign(segments, profiles, StandardSegments.OptionsFor(threshold));

        var totalDebt = positions.Where(p => p.Debt.Currency == currency).Aggregate(Money.Zero(currency), (sum, p) => sum + p.Debt);
        var figures = new List<SegmentFigure>();
        foreach (var summary in result.Summaries.Where(s => s.Accounts > 0).OrderBy(s => s.Segment.Priority))
        {
            var debt = summary.Debt.FirstOrDefault(d => d.Currency == currency);
            var reasons = summary.Segment.Reasons.Select(r => r.In(texts.Language)).ToList();
            // One reachability sentence when every account of the segment shares it; none where no contact is made anyway.
            var reachability = result.Assignments.Where(a => a.Segment.Id == summary.Segment.Id).Select(a => a.Reachability.Reason.In(texts.Language)).Distinct().Take(2).ToList();
            if (reachability.Count == 1 && !summary.Segment.ChannelMix.WithholdsContact)
            {
                reasons.Add(reachability[0]);
            }

            if (summary.Segment.Id == StandardSegments.EarlyStageHigh || summary.Segment.Id == StandardSegments.MidStageHigh)
            {
                reasons.Add(texts.Format("segments.threshold", ("threshold", threshold.Format(texts.IsArabic ? System.Globalization.CultureInfo.GetCultureInfo("ar-SA") : System.Globalization.CultureInfo.GetCultureInfo("en-US"))), ("source", highBalance is null ? texts["segments.threshold.quartile"] : texts["segments.threshold.given"])));
            }

            figures.Add(new SegmentFigure(
                summary.Segment.Id.Value,
                summary.Segment.Title.In(texts.Language),
                summary.Segment.Priority,
                summary.Accounts,
                debt?.Amount.Amount ?? 0m,
                RateFigure.From(summary.ShareOfAccounts),
                RateFigure.From(new Rate(debt?.Amount.Amount ?? 0m, totalDebt.Amount)),
                summary.Segment.ChannelMix.Shares.ToDictionary(s => s.Channel.Code, s => s.Percent / 100m),
                reasons));
        }

        var accounts = result.Summaries
            .Where(s => s.Accounts > 0)
            .OrderBy(s => s.Segment.Priority)
            .Select(s => new SegmentAccounts(
                s.Segment,
                s.Accounts,
                [.. result.Assignments.Where(a => a.Segment.Id == s.Segment.Id && a.Profile.Position.Debt.Currency == currency && a.Profile.Position.HasDebt).Select(a => a.Profile.Position)]))
            .ToList();
        return new Outcome(figures, accounts);
    }

    private static Money UpperQuartile(IReadOnlyList<AccountPosition> positions, Currency currency)
    {
        var debts = positions.Where(p => p.Debt.IsPositive && p.Debt.Currency == currency).Select(p => p.Debt.MinorUnits).Order().ToArray();
        if (debts.Length == 0)
        {
            return Money.FromMinorUnits(1, currency);
        }

        // Nearest-rank 75th percentile, rounded to a whole unit of the currency.
        var quartile = Money.FromMinorUnits(debts[(int)Math.Ceiling(0.75 * debts.Length) - 1], currency);
        return Money.Round(Math.Round(quartile.Amount, 0, MidpointRounding.AwayFromZero), currency, MidpointRounding.AwayFromZero);
    }
}
