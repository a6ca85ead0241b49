using System.Collections.Immutable;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Contact windows that replace a rule's usual windows during a period computed from the calendar each year (for example Ramadan).</summary>
/// <remarks>On a local date inside the period these windows apply instead of the rule's weekly windows; a window belongs
/// to the date it starts on. An empty list means no contact on that rule's channels during the period.</remarks>
public sealed record SpecialPeriodWindows
{
    /// <summary>Creates special windows.</summary>
    /// <param name="id">The period's identifier (announcements that correct its dates name it).</param>
    /// <param name="name">The period's name in English and Arabic.</param>
    /// <param name="period">When it falls (for example <see cref="CalendarPeriod.HijriMonth"/>(9) for Ramadan).</param>
    /// <param name="windows">The windows during the period.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SpecialPeriodWindows(PeriodId id, BilingualText name, CalendarPeriod period, IEnumerable<ContactWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(windows);
        Id = id;
        Name = name;
        Period = period;
        Windows = [.. windows];
    }

    /// <summary>The period's identifier.</summary>
    public PeriodId Id { get; }

    /// <summary>The period's name.</summary>
    public BilingualText Name { get; }

    /// <summary>When it falls.</summary>
    public CalendarPeriod Period { get; }

    /// <summary>The windows during the period.</summary>
    public ImmutableArray<ContactWindow> Windows { get; }
}
