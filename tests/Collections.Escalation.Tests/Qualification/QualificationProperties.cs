using Collections.Escalation.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Escalation.Tests.Qualification;

/// <summary>The qualification rules over generated evidence, against a plain reading of ACME's rules.</summary>
public sealed class QualificationProperties
{
    private static readonly EscalationRules Rules = TestEscalation.Rules();

    /// <summary>ACME's rules read plainly: DPD above 90, at least SAR 5,000, no dispute, no promise kept (in full or part) or pending, and 3 RPCs or 12 attempts on 2 channels.</summary>
    private static bool PlainReading(EscalationEvidence e)
    {
        var attempts = e.Channels.Sum(c => c.Attempts);
        var rpcs = e.Channels.Sum(c => c.RightPartyContacts);
        var channels = e.Channels.Count(c => c.Attempts > 0);
        return e.DaysPastDue.Value > 90
            && e.Balance.MinorUnits >= 500_000
            && !e.HasOpenDispute
            && e.Promises.Kept == 0 && e.Promises.PartiallyKept == 0 && e.Promises.Pending == 0
            && (rpcs >= 3 || (attempts >= 12 && channels >= 2));
    }

    [Property(MaxTest = 500)]
    public Property An_account_qualifies_exactly_when_every_rule_is_met() =>
        Prop.ForAll(EscalationGenerators.Evidence().ToArbitrary(), e => Rules.Qualify(e).IsQualified == PlainReading(e));

    [Property(MaxTest = 300)]
    public Property More_days_past_due_never_disqualifies_an_account() =>
        Prop.ForAll(EscalationGenerators.Evidence().ToArbitrary(), Gen.Choose(0, 500).ToArbitrary(), (e, more) =>
        {
            var later = new EscalationEvidence(e.Account, e.AsOf, new DaysPastDue(e.DaysPastDue.Value + more), e.Balance, e.HasOpenDispute, e.Period, e.Channels, e.Promises);
            return !Rules.Qualify(e).IsQualified || Rules.Qualify(later).IsQualified;
        });

    [Property(MaxTest = 300)]
    public Property An_open_dispute_or_a_kept_promise_always_prevents_qualification() =>
        Prop.ForAll(EscalationGenerators.Evidence().ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (e, which) =>
        {
            var blocked = which == 0
                ? new EscalationEvidence(e.Account, e.AsOf, e.DaysPastDue, e.Balance, true, e.Period, e.Channels, e.Promises)
                : new EscalationEvidence(e.Account, e.AsOf, e.DaysPastDue, e.Balance, e.HasOpenDispute, e.Period, e.Channels,
                    new PromiseSummary(e.Promises.Kept + 1, e.Promises.PartiallyKept, e.Promises.Broken, e.Promises.Pending));
            return !Rules.Qualify(blocked).IsQualified;
        });

    [Property(MaxTest = 200)]
    public Property Every_unmet_rule_is_explained_in_both_languages_without_placeholders() =>
        Prop.ForAll(EscalationGenerators.Evidence().ToArbitrary(), e =>
            Rules.Qualify(e).Checks.All(c =>
                c.Explanation.English.Length > 0 && !c.Explanation.English.Contains('{', StringComparison.Ordinal)
                && !c.Explanation.Arabic.Contains('{', StringComparison.Ordinal) && c.Explanation.Arabic.Any(ch => ch is >= '\u0600' and <= '\u06FF')));
}
