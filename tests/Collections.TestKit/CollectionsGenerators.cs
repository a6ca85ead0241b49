using Collections.Aging;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>Bounded FsCheck generators for the domain (STYLE: amounts 0.01–10M, DPD up to 3,650, dates 2000–2040).</summary>
public static class CollectionsGenerators
{
    /// <summary>First date generated.</summary>
    public static readonly LocalDate MinDate = new(2000, 1, 1);

    /// <summary>Last date generated.</summary>
    public static readonly LocalDate MaxDate = new(2040, 12, 31);

    /// <summary>Currencies used by generated data.</summary>
    public static readonly Currency[] Currencies = [Currency.SaudiRiyal, Currency.FromCode("KWD"), Currency.FromCode("JPY"), Currency.UsDollar];

    /// <summary>Days past due from -60 (not yet due) to 3,650.</summary>
    public static Gen<DaysPastDue> DaysPastDue() => Gen.Choose(-60, 3650).Select(d => new DaysPastDue(d));

    /// <summary>Any int as DPD, including the extremes.</summary>
    public static Gen<DaysPastDue> AnyDaysPastDue() =>
        Gen.OneOf(DaysPastDue(), ArbMap.Default.GeneratorFor<int>().Select(d => new DaysPastDue(d)), Gen.Elements(int.MinValue, int.MaxValue, 0, 1, -1).Select(d => new DaysPastDue(d)));

    /// <summary>Dates between 2000-01-01 and 2040-12-31, ISO calendar.</summary>
    public static Gen<LocalDate> Date() =>
        Gen.Choose(DayNumber.Of(MinDate), DayNumber.Of(MaxDate)).Select(DayNumber.ToDate);

    /// <summary>Positive amounts from 0.01 to 10,000,000 in minor units of SAR.</summary>
    public static Gen<long> PositiveMinorUnits() => Gen.Choose(1, 1_000_000_000).Select(v => (long)v);

    /// <summary>Amounts in SAR from -10M to 10M, zero and credits included.</summary>
    public static Gen<Money> SignedSar() =>
        Gen.OneOf(PositiveMinorUnits(), PositiveMinorUnits().Select(v => -v), Gen.Constant(0L))
            .Select(v => Money.FromMinorUnits(v, Currency.SaudiRiyal));

    /// <summary>Valid bucket sets: the default, and random strictly increasing lower bounds starting at 0.</summary>
    public static Gen<AgingBucketSet> BucketSet() =>
        Gen.OneOf(
            Gen.Constant(AgingBucketSet.Default),
            Gen.Choose(1, 400).ListOf().Select(steps =>
            {
                var bounds = new List<int> { 0 };
                foreach (var step in steps.Take(12))
                {
                    bounds.Add(bounds[^1] + step);
                }

                return AgingBucketSet.FromLowerBounds([.. bounds]);
            }));

    /// <summary>Arbitraries to register with <c>[Property(Arbitrary = [typeof(CollectionsArbitraries)])]</c>.</summary>
    public static class Arbitraries
    {
        /// <summary>DPD values.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<DaysPastDue> DaysPastDueArbitrary() => AnyDaysPastDue().ToArbitrary();

        /// <summary>Dates.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<LocalDate> LocalDateArbitrary() => Date().ToArbitrary();

        /// <summary>Bucket sets.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<AgingBucketSet> BucketSetArbitrary() => BucketSet().ToArbitrary();

        /// <summary>SAR amounts.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Money> MoneyArbitrary() => SignedSar().ToArbitrary();
    }
}
