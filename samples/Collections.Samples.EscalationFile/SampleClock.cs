using NodaTime;

namespace Collections.Samples.EscalationFile;

/// <summary>The sample's clock: a fixed instant that the script moves forward day by day, so the file it writes is the same on every run.</summary>
/// <remarks>A real host registers the system clock at its composition root; the library only ever sees an <see cref="IClock"/>.</remarks>
public sealed class SampleClock(Instant start) : IClock
{
    public Instant Now { get; private set; } = start;

    public Instant GetCurrentInstant() => Now;

    /// <summary>Moves to noon of a date in a zone.</summary>
    public void GoTo(LocalDate date, DateTimeZone zone) => Now = (date + new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();
}
