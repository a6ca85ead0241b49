using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Measures;

public sealed class MeasureProperties
{
    private static Gen<long> Amount() => Gen.Choose(0, 1_000_000_000).Select(v => (long)v);

    /// <summary>Consistent CEI inputs: closing current ≤ closing total.</summary>
    private static readonly Arbitrary<(long Opening, long Sales, long Closing, long Current, int Months)> CeiInputs =
        (from opening in Amount()
         from sales in Amount()
         from closing in Amount()
         from current in Gen.Choose(0, 100).Select(p => closing * p / 100)
         from months in Gen.Choose(1, 12)
         select (opening, sales, closing, current, months)).ToArbitrary();

    private static CollectionEffectivenessIndex Cei(long opening, long sales, long closing, long current, int months) =>
        CollectionEffectivenessIndex.Calculate(M(opening), M(sales), M(closing), M(current), months);

    private static Money M(long minorUnits) => Money.FromMinorUnits(minorUnits, Sar);

    [Property]
    public Property CEI_numerator_never_exceeds_its_denominator() =>
        Prop.ForAll(CeiInputs, x =>
            Cei(x.Opening, x.Sales, x.Closing, x.Current, x.Months).Rate is var r && (!r.IsDefined || r.Numerator <= r.Denominator));

    [Property]
    public Property CEI_is_not_applicable_exactly_when_nothing_was_collectable() =>
        Prop.ForAll(CeiInputs, x =>
        {
            var collectable = M(x.Opening).Amount + (M(x.Sales).Amount / x.Months) - M(x.Current).Amount;
            return Cei(x.Opening, x.Sales, x.Closing, x.Current, x.Months).Rate.IsDefined == collectable > 0;
        });

    [Property]
    public Property Higher_closing_receivables_never_raise_the_CEI() =>
        Prop.ForAll(CeiInputs, Amount().ToArbitrary(), (x, more) =>
        {
            var lower = Cei(x.Opening, x.Sales, x.Closing, x.Current, x.Months).Percent;
            var higher = Cei(x.Opening, x.Sales, x.Closing + more, x.Current, x.Months).Percent;
            return lower is null || higher is null || higher <= lower;
        });

    [Property]
    public Property DSO_is_not_applicable_exactly_when_there_were_no_sales_and_grows_with_the_days() =>
        Prop.ForAll(Amount().ToArbitrary(), Amount().ToArbitrary(), Gen.Choose(1, 366).ToArbitrary(), (closing, sales, days) =>
        {
            var dso = DaysSalesOutstanding.Calculate(M(closing), M(sales), days);
            var twice = DaysSalesOutstanding.Calculate(M(closing), M(sales), days * 2);
            return dso.IsDefined == (sales > 0)
                && (!dso.IsDefined || (dso.Days >= 0 && Math.Abs(twice.Days!.Value - (dso.Days!.Value * 2)) < 0.000000000001m)); // equal up to decimal rounding in the last digit
        });
}
