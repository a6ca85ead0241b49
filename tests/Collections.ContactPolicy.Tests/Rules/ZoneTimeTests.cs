using Collections.TestKit;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>The allocation-free local-time mapping agrees with NodaTime's own MapLocal and AtStartOfDay on every half hour of 2026–2027 in the generator's zones (gaps, overlaps, 30-minute and midnight transitions included).</summary>
public sealed class ZoneTimeTests
{
    public static TheoryData<string> ZoneIds() => [.. ContactPolicyGenerators.ZoneIds];

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Map_agrees_with_NodaTimes_MapLocal_and_AtStartOfDay(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var start = new LocalDateTime(2026, 1, 1, 0, 0);
        for (var slot = 0; slot < 2 * 366 * 48; slot++)
        {
            var local = start.PlusMinutes(slot * 30);
            var mapping = zone.MapLocal(local);
            var count = ZoneTime.Map(zone, local, out var first, out var second);
            var expectedFirst = mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
            Assert.Equal((Math.Max(1, mapping.Count), expectedFirst, mapping.Count == 2 ? mapping.Last().ToInstant() : expectedFirst), (count, first, second));
            if (slot % 48 == 0)
            {
                Assert.Equal(zone.AtStartOfDay(local.Date).ToInstant(), ZoneTime.StartOfDay(zone, local.Date));
            }
        }
    }
}
