using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A named holiday or special period and when it falls (for example Eid al-Fitr: the day after 29 Ramadan, 4 days).</summary>
public sealed record HolidayDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">The identifier, used by announcements that correct a computed date.</param>
    /// <param name="name">The name in English and Arabic.</param>
    /// <param name="period">When it falls.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HolidayDefinition(PeriodId id, BilingualText name, CalendarPeriod period)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(period);
        Id = id;
        Name = name;
        Period = period;
    }

    /// <summary>The identifier.</summary>
    public PeriodId Id { get; }

    /// <summary>The name in English and Arabic.</summary>
    public BilingualText Name { get; }

    /// <summary>When it falls.</summary>
    public CalendarPeriod Period { get; }
}
