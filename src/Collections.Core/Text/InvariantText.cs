using System.Globalization;
using NodaTime;

namespace Collections.Core;

/// <summary>Culture-independent forms of the values that fill texts: Latin digits and fixed patterns in both languages.</summary>
/// <remarks>
/// A creditor reading the Arabic and the English text of the same reason or statement line sees the same figures, and the
/// result never depends on the current culture (under ar-SA the default calendar is Umm al-Qura and the
/// digits may differ).
/// </remarks>
public static class InvariantText
{
    /// <summary>A whole number with Latin digits and no group separator, for example <c>1234</c> or <c>-7</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount with group separators, all minor-unit digits and the currency code, for example <c>1,234.50 SAR</c>.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The text (<see cref="Money.Format(IFormatProvider)"/> with the invariant culture).</returns>
    public static string Amount(Money money) => money.Format(CultureInfo.InvariantCulture);

    /// <summary>A date in the ISO calendar as <c>uuuu-MM-dd</c>, for example <c>2026-03-20</c>, whatever the date's calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) =>
        date.WithCalendar(CalendarSystem.Iso).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
