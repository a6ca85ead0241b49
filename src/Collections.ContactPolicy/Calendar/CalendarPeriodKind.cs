namespace Collections.ContactPolicy;

/// <summary>How a <see cref="CalendarPeriod"/> recurs.</summary>
public enum CalendarPeriodKind
{
    /// <summary>Every Hijri year, anchored on a day of a Hijri month (Umm al-Qura calendar).</summary>
    HijriAnnual = 0,

    /// <summary>Every Gregorian year, anchored on a day of a Gregorian month.</summary>
    GregorianAnnual = 1,

    /// <summary>Once, from a given date.</summary>
    Once = 2,
}
