using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Fees.Tests.Schedules;

public sealed class FeeScheduleProperties
{
    private static Gen<FeeSchedule> Schedules() =>
        Gen.OneOf(FeesGenerators.Schedule(CollectionTrack.Amicable), FeesGenerators.Schedule(CollectionTrack.Legal));

    [Property(MaxTest = 300)]
    public Property Every_age_at_placement_and_placed_balance_falls_in_exactly_one_tier() =>
        Prop.ForAll(
            (from schedule in Schedules()
             from age in CollectionsGenerators.AnyDaysPastDue()
             from balance in Gen.Choose(0, int.MaxValue)
             select (schedule, age, balance)).ToArbitrary(),
            c =>
            {
                var balance = Money.FromMinorUnits(c.balance, FeesGenerators.Sar);
                var containing = c.schedule.Tiers.Where(t => t.Contains(c.age, balance)).ToList();
                return containing.Count == 1 && c.schedule.TierFor(c.age, balance) == containing[0];
            });

    [Property(MaxTest = 300)]
    public Property A_schedule_round_trips_through_json() =>
        Prop.ForAll(Schedules().ToArbitrary(), schedule => FeeScheduleJson.Parse(FeeScheduleJson.Write(schedule)) == schedule);

    [Property(MaxTest = 300)]
    public Property A_schedule_missing_a_middle_age_tier_is_refused_for_the_gap() =>
        Prop.ForAll(Schedules().ToArbitrary(), schedule =>
        {
            var ages = schedule.Tiers.Select(t => t.Age).Distinct().ToList();
            if (ages.Count < 3)
            {
                return true.Label("fewer than three age ranges");
            }

            var removed = ages[1];
            var ok = FeeSchedule.TryCreate(schedule.Id, schedule.Creditor, schedule.Track, schedule.Currency, schedule.Tiers.Where(t => t.Age != removed), schedule.Terms, out _, out var violations);
            return (!ok && violations.Any(v => v.Field.EndsWith(".age", StringComparison.Ordinal) && v.Message.Contains($"ages {removed.Minimum}..{removed.Maximum} have no tier", StringComparison.Ordinal)))
                .Label(string.Join("; ", violations));
        });

    [Property(MaxTest = 300)]
    public Property A_negative_percentage_anywhere_is_refused_naming_its_tier() =>
        Prop.ForAll(
            (from schedule in Schedules()
             from index in Gen.Choose(0, 1000)
             from negative in Gen.Choose(1, 10_000)
             select (schedule, index, negative)).ToArbitrary(),
            c =>
            {
                var i = c.index % c.schedule.Tiers.Length;
                var tiers = c.schedule.Tiers.Select((t, j) => j == i ? t with { Percent = -c.negative / 100m } : t);
                var ok = FeeSchedule.TryCreate(c.schedule.Id, c.schedule.Creditor, c.schedule.Track, c.schedule.Currency, tiers, c.schedule.Terms, out _, out var violations);
                return !ok && violations.Count == 1 && violations[0].Field == $"tiers[{i}].percent";
            });
}
