using Collections.ContactPolicy.Tests.Support;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Decisions;

/// <summary>The decision's rules over generated policies (windows crossing midnight, rest days, Saudi holidays, caps, daily limits, waits, gaps, disputes), zones (DST included) and histories.</summary>
public sealed class DecideProperties
{
    private static readonly Gen<Situation> Anywhere =
        from policy in ContactPolicyGenerators.Policy()
        from request in ContactPolicyGenerators.Request()
        from history in ContactPolicyGenerators.History(request.At)
        select new Situation(policy, request, history);

    /// <summary>A third of the cases sit exactly on a boundary: a window's start or end, or the instant an attempt ages out of a cap.</summary>
    private static readonly Arbitrary<Situation> Cases =
        Gen.Frequency(
            (2, Anywhere),
            (1, from c in Anywhere
                from pick in Gen.Choose(0, 1000)
                let boundaries = Boundaries(c)
                select boundaries.Count == 0 ? c : c with { Request = c.Request with { At = boundaries[pick % boundaries.Count] } })).ToArbitrary();

    private static List<Instant> Boundaries(Situation c)
    {
        var zone = c.Request.TimeZones[0];
        var today = c.Request.At.InZone(zone).Date;
        var windows = c.Policy.Rules.OfType<ContactWindowRule>().SelectMany(rule => rule.Windows);
        var local = Enumerable.Range(-1, 3).Select(today.PlusDays)
            .SelectMany(date => windows.Where(w => w.Day == date.DayOfWeek)
                .SelectMany(w => new[] { date + w.Start, (w.EndsNextDay ? date.PlusDays(1) : date) + w.End }))
            .Select(time => zone.AtLeniently(time).ToInstant());
        var agedOut = c.Policy.Rules.OfType<FrequencyCapRule>()
            .SelectMany(cap => c.History.Select(a => a.At + Duration.FromDays(cap.Days)));
        return [.. local.Concat(agedOut).Distinct()];
    }

    [Property(MaxTest = 300)]
    public Property Decide_agrees_with_a_plain_reading_of_every_rule() =>
        Prop.ForAll(Cases, c =>
            c.Policy.Decide(c.Request, ContactHistory.Of(c.History)).IsAllowed == NaiveReference.IsAllowed(c.Policy, c.Request, c.History, c.Request.At));

    [Property(MaxTest = 150)]
    public Property NextAllowedAt_is_itself_allowed_and_no_earlier_instant_is() =>
        Prop.ForAll(Cases, c =>
        {
            var history = ContactHistory.Of(c.History);
            var decision = c.Policy.Decide(c.Request, history);
            switch (decision.NextAllowed)
            {
                case NextAllowedKind.Now:
                    return decision.NextAllowedAt == c.Request.At;
                case NextAllowedKind.WhenHoldLifted:
                    // An open hold refuses now, or starts before anything else would allow the attempt.
                    var open = c.Request.Restrictions.Holds.Where(h => h.End is null).Select(h => h.Start).DefaultIfEmpty(Instant.MaxValue).Min();
                    return open == Instant.MaxValue ? false
                        : decision.Denials.Any(d => d.Kind == DenialKind.UntilHoldLifted)
                            || NoMinuteAllowed(c, history, open <= c.Request.At ? 0 : (open - c.Request.At).TotalMinutes);
                case NextAllowedKind.Never:
                    return decision.Denials.Any(d => d.Kind == DenialKind.Permanent);
                case NextAllowedKind.BeyondSearchHorizon:
                    return Enumerable.Range(0, 50).All(i => !NaiveReference.IsAllowed(
                        c.Policy, c.Request, c.History, c.Request.At + Duration.FromMinutes(i * 11_519)));
            }

            var next = decision.NextAllowedAt!.Value;
            var again = c.Policy.Decide(c.Request with { At = next }, history);
            return again.IsAllowed && NoMinuteAllowed(c, history, (next - c.Request.At).TotalMinutes)
                && !c.Policy.Decide(c.Request with { At = next - Duration.Epsilon }, history).IsAllowed;
        });

    /// <summary>
    /// Every minute in [request, request + minutes) is refused. All boundaries are whole minutes, so no allowed interval
    /// hides between two minutes; beyond three days, one minute in every 37 is checked.
    /// </summary>
    private static bool NoMinuteAllowed(Situation c, ContactHistory history, double minutes)
    {
        var step = minutes <= 3 * 24 * 60 ? 1 : 37;
        for (var minute = 0L; minute < minutes; minute += step)
        {
            if (c.Policy.Decide(c.Request with { At = c.Request.At + Duration.FromMinutes(minute) }, history).IsAllowed)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public Property A_sequence_of_attempts_each_allowed_when_made_never_breaks_a_cap_or_window() =>
        Prop.ForAll(
            (from policy in ContactPolicyGenerators.Policy()
             from request in ContactPolicyGenerators.Request()
             from steps in Gen.ArrayOf(Gen.Choose(1, 12 * 60), 60)
             select (policy, request, steps)).ToArbitrary(),
            c =>
            {
                var history = new List<PriorAttempt>();
                var at = c.request.At;
                foreach (var step in c.steps)
                {
                    at += Duration.FromMinutes(step);
                    var request = c.request with { At = at };
                    if (c.policy.Decide(request, ContactHistory.Of(history)).IsAllowed)
                    {
                        // An unanswered call or a delivered message: counted by caps, not a conversation.
                        var outcome = AttemptOutcome.NoAnswer.AppliesTo(request.Channel) ? AttemptOutcome.NoAnswer : AttemptOutcome.Delivered;
                        history.Add(new PriorAttempt(at, request.Channel, outcome, request.AccountId, request.DebtorId, request.ContactPointId));
                    }
                }

                // Afterwards, each attempt is inside a window in every zone, and no cap's window ending at an attempt holds more than N.
                var windows = c.policy.Rules.OfType<ContactWindowRule>().Where(w => w.Channels.Contains(c.request.Channel)).ToList();
                var caps = c.policy.Rules.OfType<FrequencyCapRule>().Where(f => f.Channels.Contains(c.request.Channel)).ToList();
                return history.All(a =>
                    windows.All(w => c.request.TimeZones.All(z => NaiveReference.InsideWindow(w, a.At.InZone(z).LocalDateTime)))
                    && caps.All(cap => history.Count(b => b.At > a.At - Duration.FromDays(cap.Days) && b.At <= a.At) <= cap.MaxAttempts));
            });

    [Property(MaxTest = 200)]
    public Property Adding_history_never_turns_a_refusal_into_an_allowance() =>
        Prop.ForAll(
            (from c in Cases.Generator
             from extra in ContactPolicyGenerators.History(c.Request.At)
             select (c, extra)).ToArbitrary(),
            x =>
            {
                var before = x.c.Policy.Decide(x.c.Request, ContactHistory.Of(x.c.History));
                var after = x.c.Policy.Decide(x.c.Request, ContactHistory.Of(x.c.History.Concat(x.extra)));
                var notEarlier = before.NextAllowedAt is not { } first || after.NextAllowedAt is not { } second || second >= first;
                return (before.IsAllowed || !after.IsAllowed) && notEarlier;
            });

    [Property(MaxTest = 200)]
    public Property An_opt_out_is_never_overridden() =>
        Prop.ForAll(
            (from c in Cases.Generator
             from sinceMinutes in Gen.Choose(0, 400 * 24 * 60)
             from allPoints in Gen.Elements(true, false)
             select (c, sinceMinutes, allPoints)).ToArbitrary(),
            x =>
            {
                var builder = ContactPolicyGeneratorsExtensions.ToBuilder(x.c.Policy).Add(TestPolicies.Honour(ContactRestriction.OptOut));
                var policy = builder.Build();
                var optOut = new ChannelOptOut(x.c.Request.Channel, x.c.Request.At - Duration.FromMinutes(x.sinceMinutes), x.allPoints ? null : x.c.Request.ContactPointId);
                var request = x.c.Request with { Restrictions = x.c.Request.Restrictions with { OptOuts = [optOut] } };
                var decision = policy.Decide(request, ContactHistory.Of(x.c.History));
                return !decision.IsAllowed && decision.NextAllowed == NextAllowedKind.Never && decision.NextAllowedAt is null
                    && decision.Denials.Any(d => d.Code == ContactRuleCode.OptedOut && d.Kind == DenialKind.Permanent);
            });

    [Property(MaxTest = 200)]
    public Property Every_denial_cites_a_rule_of_the_policy_and_its_source() =>
        Prop.ForAll(Cases, c =>
        {
            var decision = c.Policy.Decide(c.Request, ContactHistory.Of(c.History));
            return decision.Denials.All(d =>
                c.Policy.Rules.Any(r => r.Id == d.RuleId && r.Source == d.Source)
                && !string.IsNullOrWhiteSpace(d.Explanation.English) && !string.IsNullOrWhiteSpace(d.Explanation.Arabic))
                && decision.PolicyVersion == c.Policy.Version;
        });

    [Property(MaxTest = 200)]
    public Property The_order_of_candidate_zones_does_not_change_the_decision() =>
        Prop.ForAll(Cases, c =>
        {
            var history = ContactHistory.Of(c.History);
            var forward = c.Policy.Decide(c.Request, history);
            var reversed = c.Policy.Decide(c.Request with { TimeZones = [.. c.Request.TimeZones.Reverse()] }, history);
            return forward.IsAllowed == reversed.IsAllowed && forward.NextAllowedAt == reversed.NextAllowedAt
                && forward.Codes.OrderBy(x => x.Value).SequenceEqual(reversed.Codes.OrderBy(x => x.Value));
        });

    [Property(MaxTest = 300)]
    public Property Check_gives_the_decisions_answer_without_the_explanations() =>
        Prop.ForAll(Cases, c =>
        {
            var history = ContactHistory.Of(c.History);
            var decision = c.Policy.Decide(c.Request, history);
            var verdict = c.Policy.Check(c.Request, history);
            var many = new ContactVerdict[1];
            c.Policy.CheckMany([c.Request], [history], many);
            return verdict.IsAllowed == decision.IsAllowed && verdict.NextAllowed == decision.NextAllowed && verdict.NextAllowedAt == decision.NextAllowedAt
                && verdict.Codes.Codes.SequenceEqual(decision.Codes.Distinct().OrderBy(code => code.Value))
                && many[0] == verdict;
        });

    public sealed record Situation(Collections.ContactPolicy.ContactPolicy Policy, ContactRequest Request, PriorAttempt[] History)
    {
        public override string ToString() =>
            $"at {Request.At} {Request.Channel.Code} {Request.AccountId}/{Request.ContactPointId} zones [{string.Join(", ", Request.TimeZones.Select(z => z.Id))}] "
            + $"holds [{string.Join("; ", Request.Restrictions.Holds.Select(h => $"{h.Start}..{h.End}"))}] "
            + $"rules [{string.Join("; ", Policy.Rules.Select(Describe))}] history [{string.Join("; ", History.Select(a => $"{a.At} {a.Channel.Code} {a.Outcome.Code} {a.AccountId}/{a.ContactPointId}"))}]";

        private static string Describe(ContactRule rule) => rule switch
        {
            ContactWindowRule w => "windows " + string.Join(", ", w.Windows),
            FrequencyCapRule f => $"cap {f.MaxAttempts}/{f.Days}d {f.Scope.Code} {f.Channels}",
            DailyLimitRule d => $"daily {d.MaxAttempts} {d.Scope.Code}",
            ConversationWaitRule w => $"wait {w.Days}d {w.Scope.Code}",
            MinimumGapRule g => $"gap {g.Minutes}m {g.Scope.Code}",
            WeeklyRestDaysRule r => "rest " + string.Join(",", r.Days),
            _ => rule.Type,
        };
    }
}

/// <summary>Rebuilds a policy's builder from the policy (to add a rule in a property).</summary>
internal static class ContactPolicyGeneratorsExtensions
{
    public static ContactPolicyBuilder ToBuilder(Collections.ContactPolicy.ContactPolicy policy)
    {
        var builder = new ContactPolicyBuilder(policy.Version.PolicyId, policy.Version.Creditor)
        {
            Version = policy.Version.Version,
            ApprovedBy = policy.Version.ApprovedBy,
            ApprovedOn = policy.Version.ApprovedOn,
            EffectiveFrom = policy.Version.EffectiveFrom,
            CreditorTimeZone = policy.CreditorTimeZone,
        };
        foreach (var rule in policy.Rules)
        {
            builder.Add(rule);
        }

        return builder;
    }
}
