using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Core.Tests;

public sealed class MoneyProperties
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    [Property]
    public bool Allocated_parts_sum_to_the_whole(long minorUnits, NonEmptyArray<NonNegativeInt> weights)
    {
        minorUnits %= 1_000_000_000_000L;
        var w = weights.Get.Select(x => (decimal)x.Get).ToArray();
        if (w.Sum() == 0)
        {
            w[0] = 1;
        }

        var whole = Money.FromMinorUnits(minorUnits, Sar);
        return whole.Allocate(w).Aggregate(Money.Zero(Sar), (sum, part) => sum + part) == whole;
    }

    [Property]
    public bool Allocated_parts_differ_from_their_exact_share_by_less_than_one_minor_unit(int minorUnits, NonEmptyArray<PositiveInt> weights)
    {
        var w = weights.Get.Select(x => (decimal)x.Get).ToArray();
        var parts = Money.FromMinorUnits(minorUnits, Sar).Allocate(w);
        var total = w.Sum();
        return parts.Select((p, i) => Math.Abs(p.MinorUnits - (minorUnits * w[i] / total))).All(d => d < 1m);
    }

    [Property]
    public bool Addition_is_commutative_and_subtraction_undoes_it(int a, int b)
    {
        var x = Money.FromMinorUnits(a, Sar);
        var y = Money.FromMinorUnits(b, Sar);
        return x + y == y + x && x + y - y == x;
    }

    [Property]
    public bool An_amount_the_currency_can_hold_round_trips_through_its_decimal_value(long minorUnits)
    {
        var money = Money.FromMinorUnits(minorUnits, Sar);
        return Money.Of(money.Amount, Sar) == money;
    }

    [Property]
    public Property Rounding_never_moves_an_amount_by_more_than_half_a_minor_unit() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(v => v / 1000m).ToArbitrary(),
            amount => Math.Abs(Money.Round(amount, Sar, MidpointRounding.AwayFromZero).Amount - amount) <= 0.005m);
}
