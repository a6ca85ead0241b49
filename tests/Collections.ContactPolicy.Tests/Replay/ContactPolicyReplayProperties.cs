using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Replay;

/// <summary>The replay's rules over generated policies and histories of up to 40 attempts within ten days.</summary>
public sealed class ContactPolicyReplayProperties
{
    private static readonly Gen<HistoricalAttempt[]> Histories =
        from start in ContactPolicyGenerators.Moment()
        from count in Gen.Choose(0, 40)
        from requests in Gen.ArrayOf(ContactPolicyGenerators.Request(), count)
        from offsets in Gen.ArrayOf(Gen.Choose(0, 10 * 24 * 60), requests.Length)
        from outcomes in Gen.CollectToArray(requests.Select(r => ContactPolicyGenerators.Outcome(r.Channel)))
        select requests.Select((r, i) => new HistoricalAttempt(r with { At = start + Duration.FromMinutes(offsets[i]) }, outcomes[i])).ToArray();

    private static readonly Arbitrary<(Collections.ContactPolicy.ContactPolicy Policy, HistoricalAttempt[] History)> Cases =
        (from policy in ContactPolicyGenerators.Policy() from history in Histories select (policy, history)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Each_replayed_attempt_is_decided_against_every_attempt_made_before_it() =>
        Prop.ForAll(Cases, c =>
        {
            var report = ContactPolicyReplay.Run(c.Policy, c.History);
            var ordered = report.Decisions.Select(d => d.Attempt).ToList();
            return ordered.Select(a => a.Request.At).SequenceEqual(c.History.Select(a => a.Request.At).Order())
                && report.Decisions.All(d =>
                    d.Verdict == c.Policy.Check(d.Attempt.Request, ContactHistory.Of(ordered.Take(d.Index).Select(a => a.Attempt))));
        });

    [Property(MaxTest = 150)]
    public Property Allowed_and_refused_add_up_and_each_refusal_counts_once_under_each_of_its_reasons() =>
        Prop.ForAll(Cases, c =>
        {
            var report = ContactPolicyReplay.Run(c.Policy, c.History, new ContactReplayOptions { ExamplesPerCode = 2 });
            var reasons = report.Decisions.Sum(d => d.Verdict.Codes.Count);
            return report.Allowed + report.Refused == c.History.Length
                && report.Refused == report.Decisions.Count(d => !d.Verdict.IsAllowed)
                && report.ByCode.Sum(code => code.Count) == reasons
                && report.ByCode.All(code => code.Examples.Length == Math.Min(2, code.Count) && code.Examples.All(e => e.Denial.Code == code.Code));
        });

    [Property(MaxTest = 100)]
    public Property Comparing_a_policy_with_itself_changes_nothing() =>
        Prop.ForAll(Cases, c =>
        {
            var comparison = ContactPolicyReplay.Compare(c.Policy, c.Policy, c.History);
            return comparison.NewlyRefused.Count == 0 && comparison.NewlyAllowed.Count == 0
                && comparison.CodeChanges.All(change => change.Current == change.Proposed);
        });

    [Property(MaxTest = 100)]
    public Property Newly_refused_less_newly_allowed_is_the_change_in_refusals() =>
        Prop.ForAll(
            (from current in ContactPolicyGenerators.Policy() from proposed in ContactPolicyGenerators.Policy() from history in Histories select (current, proposed, history)).ToArbitrary(),
            c =>
            {
                var comparison = ContactPolicyReplay.Compare(c.current, c.proposed, c.history);
                var pairs = comparison.Current.Decisions.Zip(comparison.Proposed.Decisions);
                return comparison.Proposed.Refused - comparison.Current.Refused == comparison.NewlyRefused.Count - comparison.NewlyAllowed.Count
                    && comparison.NewlyRefused.Count == pairs.Count(p => p.First.Verdict.IsAllowed && !p.Second.Verdict.IsAllowed)
                    && comparison.NewlyAllowed.Count == pairs.Count(p => !p.First.Verdict.IsAllowed && p.Second.Verdict.IsAllowed);
            });
}
