using NodaTime;
using NodaTime.Text;

namespace Collections.Core.Audit;

/// <summary>Writes an instant as the audit hash encodes it, without allocating: NodaTime's <see cref="InstantPattern.ExtendedIso"/> form.</summary>
/// <remarks>
/// <c>uuuu-MM-ddTHH:mm:ss</c>, then — when the instant is not a whole second — a point and the nanoseconds without
/// trailing zeros, then <c>Z</c>. Years outside 0001–9999 (never from a real clock) are left to NodaTime's pattern. A
/// property test checks this writer against the pattern over the whole range of instants.
/// </remarks>
internal static class InstantText
{
    /// <summary>Enough room for any instant NodaTime can represent.</summary>
    public const int MaximumLength = 48;

    public static int Format(Instant instant, Span<char> destination)
    {
        var utc = instant.InUtc();
        var year = utc.Year;
        if (year is < 1 or > 9999)
        {
            var text = InstantPattern.ExtendedIso.Format(instant);
            text.CopyTo(destination);
            return text.Length;
        }

        Digits(destination[..4], year);
        destination[4] = '-';
        Digits(destination.Slice(5, 2), utc.Month);
        destination[7] = '-';
        Digits(destination.Slice(8, 2), utc.Day);
        destination[10] = 'T';
        Digits(destination.Slice(11, 2), utc.Hour);
        destination[13] = ':';
        Digits(destination.Slice(14, 2), utc.Minute);
        destination[16] = ':';
        Digits(destination.Slice(17, 2), utc.Second);
        var length = 19;
        var nanoseconds = utc.NanosecondOfSecond;
        if (nanoseconds != 0)
        {
            destination[length++] = '.';
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            Digits(destination.Slice(length, digits), nanoseconds);
            length += digits;
        }

        destination[length++] = 'Z';
        return length;
    }

    private static void Digits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
