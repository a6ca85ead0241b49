namespace Collections.ContactPolicy.Tests.Support;

/// <summary>Time zones and local instants used by the examples.</summary>
internal static class Zones
{
    public static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    /// <summary>The instant at which the wall clock in a zone shows a local time (the earlier one when it shows it twice).</summary>
    public static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtLeniently(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static Instant InRiyadh(int year, int month, int day, int hour, int minute = 0) => At(Riyadh, year, month, day, hour, minute);

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);
}
