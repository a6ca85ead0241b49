using Collections.Aging;
using Collections.Core;

namespace Collections.Benchmarks.Aging;

/// <summary>Seeded account profiles for the segmentation benchmark: a Saudi-like book in SAR and AED.</summary>
internal static class SegmentationBenchmarkData
{
    public const int Seed = 20_261_204;

    public static readonly Money[] Thresholds = [Money.Of(5_000m, Currency.SaudiRiyal), Money.Of(5_000m, Currency.FromCode("AED"))];

    /// <summary>Profiles: 45% current, a long tail past 120 days; debts log-uniform 100..500,000; 3% disputed; payments known.
    /// With <paramref name="contactData"/>: 80% have a usable contact point, all have attempt history (0..30 attempts, RPC propensity varying by account).</summary>
    public static AccountProfile[] Generate(int count, bool contactData, int seed = Seed)
    {
        var random = new Random(seed);
        var currencies = Thresholds.Select(t => t.Currency).ToArray();
        var profiles = new AccountProfile[count];
        for (var i = 0; i < count; i++)
        {
            var currency = currencies[random.Next(100) < 85 ? 0 : 1];
            var band = random.Next(100);
            var days = band switch
            {
                < 45 => random.Next(-20, 1),
                < 65 => random.Next(1, 31),
                < 77 => random.Next(31, 61),
                < 84 => random.Next(61, 91),
                < 89 => random.Next(91, 121),
                _ => random.Next(121, 721),
            };
            var owes = random.Next(100) >= 4;
            var debt = owes ? (long)(Math.Exp(random.NextDouble() * Math.Log(5_000)) * 100 * 100) : 0;
            var position = new AccountPosition(
                new AccountId("A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                owes ? new DaysPastDue(days) : DaysPastDue.Current,
                Money.FromMinorUnits(debt, currency),
                Money.FromMinorUnits(random.Next(100) < 2 ? -random.Next(1, 100_000) : 0, currency),
                owes ? 1 + random.Next(4) : 0);
            var disputed = random.Next(100) < 3;
            var behaviour = new BehaviourSignals(3, random.Next(4), (DelinquencyTrend)random.Next(1, 4), 3)
            {
                HasOpenDispute = disputed,
                DisputedOpenItems = disputed ? 1 : 0,
            };
            ReachabilitySignals reachability;
            if (contactData)
            {
                var usable = random.Next(100) < 80;
                var attempts = random.Next(31);
                var propensity = random.NextDouble() * 0.6;
                var rpc = 0;
                for (var a = 0; a < attempts; a++)
                {
                    rpc += random.NextDouble() < propensity ? 1 : 0;
                }

                reachability = new ReachabilitySignals(usable ? ContactPointAvailability.Usable : ContactPointAvailability.NoneUsable, usable ? 1 : 0, 2, hasAttemptHistory: true, attempts, rpc);
            }
            else
            {
                reachability = ReachabilitySignals.NoContactData;
            }

            profiles[i] = new AccountProfile(position, behaviour, reachability);
        }

        return profiles;
    }
}
