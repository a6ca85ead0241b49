using System.Globalization;
using NodaTime;

namespace Collections.Kpi;

/// <summary>The creditor's rules for evaluating promises and plans: grace days after each due date and the time zone whose days count.</summary>
/// <remarks>docs/kpi-definitions.md: payments count until the due date + grace days (default 3); day boundaries are the
/// creditor's local day (Asia/Riyadh by default). The zone decides which postings were known by the end of an as-of day.</remarks>
public sealed record PromiseRules
{
    private readonly int _graceDays = DefaultGraceDays;
    private readonly DateTimeZone _creditorTimeZone = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>The grace days of docs/kpi-definitions.md: 3.</summary>
    public const int DefaultGraceDays = 3;

    /// <summary>The defaults: 3 grace days, days in Asia/Riyadh.</summary>
    public static PromiseRules Default { get; } = new();

    /// <summary>Days after a due date during which a payment still keeps the promise (0 to 365; default 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0..365.</exception>
    public int GraceDays
    {
        get => _graceDays;
        init
        {
            if (value is < 0 or > 365)
            {
                throw new ArgumentOutOfRangeException(nameof(GraceDays), value, string.Create(CultureInfo.InvariantCulture, $"Grace days must be 0 to 365 (got {value})."));
            }

            _graceDays = value;
        }
    }

    /// <summary>The creditor's time zone: a posting counts on an as-of date when it was posted before the end of that day there.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone CreditorTimeZone
    {
        get => _creditorTimeZone;
        init => _creditorTimeZone = value ?? throw new ArgumentNullException(nameof(CreditorTimeZone));
    }
}
