using Collections.ContactPolicy;
using Collections.Core;
using NodaTime;
using PolicyType = Collections.ContactPolicy.ContactPolicy;

namespace Collections.Benchmarks.ContactPolicy;

/// <summary>
/// A seeded day plan: one request per account on Monday 2026-01-12 (a working day in Riyadh), each account with its own
/// history of prior attempts over the 30 days before, under the SAMA pack (templates left out) plus opt-out,
/// do-not-contact, cease, legal-hold, a 3-a-day limit and a 60-minute gap per number.
/// </summary>
public static class ContactPolicyBenchmarkData
{
    public static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate PlanDay = new(2026, 1, 12);

    public static PolicyType Policy()
    {
        var source = RuleSource.CreditorInstruction("Benchmark creditor", "جهة دائنة للقياس");
        return new ContactPolicyBuilder(new PolicyId("benchmark"), new CreditorId("BENCH"))
            {
                Version = "1",
                ApprovedBy = "Benchmark",
                ApprovedOn = new LocalDate(2025, 1, 1),
                EffectiveFrom = new LocalDate(2025, 1, 1),
            }
            .AddPack(RulePacks.SaudiSama2025)
            .Remove(new RuleId("sa-sama-2025/templates"))
            .Add(new RestrictionRule(new RuleId("opt-out"), source, ChannelSet.All, ContactRestriction.OptOut))
            .Add(new RestrictionRule(new RuleId("do-not-contact"), source, ChannelSet.All, ContactRestriction.DoNotContact))
            .Add(new RestrictionRule(new RuleId("cease"), source, ChannelSet.All, ContactRestriction.CeaseCommunication))
            .Add(new RestrictionRule(new RuleId("legal-hold"), source, ChannelSet.All, ContactRestriction.LegalHold))
            .Add(new DailyLimitRule(new RuleId("daily"), source, ChannelSet.All, CapScope.Debtor, 3))
            .Add(new MinimumGapRule(new RuleId("gap"), source, ChannelSet.All, CapScope.ContactPoint, 60))
            .Build();
    }

    /// <summary>One request and one history per account (seeded).</summary>
    public static (ContactRequest[] Requests, ContactHistory[] Histories) Plan(int accounts, int historyLength, int seed = 20261205)
    {
        var random = new Random(seed);
        var requests = new ContactRequest[accounts];
        var histories = new ContactHistory[accounts];
        DateTimeZone[] riyadhOnly = [Riyadh];
        DateTimeZone[] twoZones = [Riyadh, London];
        for (var i = 0; i < accounts; i++)
        {
            var account = new AccountId("ACC-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var debtor = new DebtorId("DEB-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var mobile = new ContactPointId("CP-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var attempts = new PriorAttempt[historyLength];
            for (var a = 0; a < historyLength; a++)
            {
                var day = PlanDay.PlusDays(-1 - random.Next(30));
                var at = Riyadh.AtLeniently(day + LocalTime.FromMinutesSinceMidnight(8 * 60 + random.Next(10 * 60))).ToInstant();
                var roll = random.NextDouble();
                var channel = roll < 0.45 ? Channel.Call : roll < 0.85 ? Channel.Sms : Channel.Email;
                var outcome = channel == Channel.Call
                    ? (random.NextDouble() < 0.15 ? AttemptOutcome.RightParty : AttemptOutcome.NoAnswer)
                    : AttemptOutcome.Delivered;
                attempts[a] = new PriorAttempt(at, channel, outcome, account, debtor, mobile);
            }

            histories[i] = ContactHistory.Of(attempts);
            var requestAt = Riyadh.AtLeniently(PlanDay + LocalTime.FromMinutesSinceMidnight(7 * 60 + random.Next(12 * 60))).ToInstant();
            var restrictions = ContactRestrictions.None;
            var fact = random.NextDouble();
            if (fact < 0.03)
            {
                restrictions = restrictions with { Holds = [new ContactHold(HoldKind.Dispute, requestAt - Duration.FromDays(3), random.NextDouble() < 0.5 ? null : requestAt + Duration.FromDays(2))] };
            }
            else if (fact < 0.04)
            {
                restrictions = restrictions with { OptOuts = [new ChannelOptOut(Channel.Call, requestAt - Duration.FromDays(10))] };
            }

            requests[i] = new ContactRequest(account, debtor, mobile, random.NextDouble() < 0.7 ? Channel.Call : Channel.Sms, requestAt, random.NextDouble() < 0.92 ? riyadhOnly : twoZones)
            {
                Restrictions = restrictions,
            };
        }

        return (requests, histories);
    }
}
