using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Aging.Tests.Segmentation;

/// <summary>The rules of segment assignment, over generated profiles and generated segment sets.</summary>
public sealed class SegmentationProperties
{
    private static readonly Arbitrary<(List<AccountProfile> Profiles, SegmentDefinitionSet Segments)> Cases =
        (from profiles in SegmentationGenerators.Profiles()
         from segments in Gen.OneOf(SegmentationGenerators.DefinitionSet(), Gen.Constant(StandardSegments.Saudi))
         select (profiles, segments)).ToArbitrary();

    [Property]
    public Property Every_account_gets_exactly_one_segment() =>
        Prop.ForAll(Cases, c =>
        {
            var result = PortfolioSegmentation.Assign(c.Segments, c.Profiles);
            return result.Assignments.Select(a => a.AccountId).SequenceEqual(c.Profiles.Select(p => p.AccountId))
                && result.Assignments.All(a => c.Segments.Definitions.Contains(a.Segment))
                && result.Summaries.Sum(s => s.Accounts) == c.Profiles.Count;
        });

    [Property]
    public Property The_segment_is_the_first_by_priority_whose_criteria_match() =>
        Prop.ForAll(Cases, c =>
        {
            var result = PortfolioSegmentation.Assign(c.Segments, c.Profiles);
            return result.Assignments.All(a =>
                a.Segment == c.Segments.Definitions.OrderBy(d => d.Priority).First(d => d.Criteria.Matches(a.Profile, a.Reachability))
                && a.Priority == a.Segment.Priority
                && a.ChannelMix == a.Segment.ChannelMix);
        });

    [Property]
    public Property Segment_debts_sum_to_the_portfolio_debt_and_shares_pool_to_one() =>
        Prop.ForAll(Cases, c =>
        {
            var result = PortfolioSegmentation.Assign(c.Segments, c.Profiles);
            var currencies = c.Profiles.Select(p => p.Position.Debt.Currency).Distinct();
            var debtsAddUp = currencies.All(currency =>
                result.Summaries.Sum(s => s.DebtIn(currency).MinorUnits) == c.Profiles.Where(p => p.Position.Debt.Currency == currency).Sum(p => p.Position.Debt.MinorUnits));
            var pooledAccounts = result.Summaries.Select(s => s.ShareOfAccounts).Aggregate(new Rate(0, 0), (total, share) => new Rate(total.Numerator + share.Numerator, share.Denominator));
            return debtsAddUp
                && (c.Profiles.Count == 0 ? result.Summaries.All(s => !s.ShareOfAccounts.IsDefined) : pooledAccounts.Value == 1m)
                && result.Summaries.Select(s => s.Segment).SequenceEqual(c.Segments.Definitions);
        });

    [Property]
    public Property Every_assignment_gives_reasons_in_both_languages() =>
        Prop.ForAll(Cases, c =>
            PortfolioSegmentation.Assign(c.Segments, c.Profiles).Assignments.All(a =>
                a.Reasons.Length >= a.Segment.Reasons.Length + 3 // the segment's reasons, the position, payments, reachability
                && a.Reasons.All(r => !string.IsNullOrWhiteSpace(r.English) && !string.IsNullOrWhiteSpace(r.Arabic))
                && a.Reasons.All(r => !r.English.Contains('{', StringComparison.Ordinal) && !r.Arabic.Contains('{', StringComparison.Ordinal))));

    [Property]
    public Property Disputed_accounts_are_never_given_outbound_contact_by_the_standard_segments() =>
        Prop.ForAll(SegmentationGenerators.Profiles().ToArbitrary(), profiles =>
            PortfolioSegmentation.Assign(StandardSegments.Saudi, profiles).Assignments
                .Where(a => a.Profile.Behaviour.HasOpenDispute)
                .All(a => a.Segment.Id == StandardSegments.Dispute && a.ChannelMix.WithholdsContact));
}
