using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Open items stored column by column (due dates as day numbers, open amounts in minor units, a currency index), for aging millions of items.</summary>
/// <remarks>
/// <para>The batch counterpart of a list of <see cref="ReceivableItem"/>s: three arrays instead of one object per
/// item, so that <see cref="AgingAccumulator"/> can age tens of millions of items without allocating per item.
/// Due dates are <see cref="DayNumber"/>s (days since 0001-01-01 ISO), so days past due are one subtraction.</para>
/// <para>Each entry is one open amount as the caller states it: positive is debt, negative a credit (credit note,
/// overpayment), zero an item with nothing open. The columns hold no account column: the batch path counts items
/// and sums amounts, not distinct accounts (see <see cref="AgingAccumulator"/>).</para>
/// <para>Immutable once built: build with <see cref="OpenItemColumnsBuilder"/>, <see cref="Create"/> or <see cref="FromItems"/>.</para>
/// </remarks>
public sealed class OpenItemColumns
{
    /// <summary>The largest number of currencies one set of columns can hold (the currency index is a byte).</summary>
    public const int MaximumCurrencies = 256;

    private static readonly int MaximumDayNumber = DayNumber.Of(new LocalDate(9999, 12, 31));

    private readonly int[] _dueDayNumbers;
    private readonly long[] _openMinorUnits;
    private readonly byte[] _currencyIndexes;

    internal OpenItemColumns(int[] dueDayNumbers, long[] openMinorUnits, byte[] currencyIndexes, ImmutableArray<Currency> currencies)
    {
        _dueDayNumbers = dueDayNumbers;
        _openMinorUnits = openMinorUnits;
        _currencyIndexes = currencyIndexes;
        Currencies = currencies;
    }

    /// <summary>Columns with no items and no currencies.</summary>
    public static OpenItemColumns Empty { get; } = new([], [], [], []);

    /// <summary>The number of items.</summary>
    public int Count => _dueDayNumbers.Length;

    /// <summary>The currencies the <see cref="CurrencyIndexes"/> refer to, in index order.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>Each item's due date as a <see cref="DayNumber"/>.</summary>
    public ReadOnlySpan<int> DueDayNumbers => _dueDayNumbers;

    /// <summary>Each item's open amount in minor units of its currency; negative for a credit.</summary>
    public ReadOnlySpan<long> OpenMinorUnits => _openMinorUnits;

    /// <summary>Each item's currency, as an index into <see cref="Currencies"/>.</summary>
    public ReadOnlySpan<byte> CurrencyIndexes => _currencyIndexes;

    /// <summary>Creates columns from arrays the caller already holds (copied, then checked).</summary>
    /// <param name="dueDayNumbers">Due dates as <see cref="DayNumber"/>s (0 = 0001-01-01 .. 3,652,058 = 9999-12-31).</param>
    /// <param name="openMinorUnits">Open amounts in minor units, one per item.</param>
    /// <param name="currencyIndexes">Currency indexes into <paramref name="currencies"/>, one per item.</param>
    /// <param name="currencies">The distinct, specified currencies (at most <see cref="MaximumCurrencies"/>).</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencies"/> is null.</exception>
    /// <exception cref="ArgumentException">The three columns differ in length, a day number is outside the supported dates, a currency index has no currency, or the currencies are repeated, unspecified or too many; every violation listed (the first few rows of each kind are named).</exception>
    public static OpenItemColumns Create(
        ReadOnlySpan<int> dueDayNumbers, ReadOnlySpan<long> openMinorUnits, ReadOnlySpan<byte> currencyIndexes, IEnumerable<Currency> currencies)
    {
        ArgumentNullException.ThrowIfNull(currencies);
        var currencyList = currencies.ToImmutableArray();
        var violations = new List<string>();
        if (dueDayNumbers.Length != openMinorUnits.Length || dueDayNumbers.Length != currencyIndexes.Length)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture,
                $"the columns differ in length: {dueDayNumbers.Length} due dates, {openMinorUnits.Length} open amounts, {currencyIndexes.Length} currency indexes"));
        }

        CheckCurrencies(currencyList, violations);
        var rows = Math.Min(dueDayNumbers.Length, Math.Min(openMinorUnits.Length, currencyIndexes.Length));
        var badDates = new List<int>();
        var badCurrencies = new List<int>();
        for (var i = 0; i < rows; i++)
        {
            if (dueDayNumbers[i] < 0 || dueDayNumbers[i] > MaximumDayNumber)
            {
                badDates.Add(i);
            }

            if (currencyIndexes[i] >= currencyList.Length)
            {
                badCurrencies.Add(i);
            }
        }

        if (badDates.Count > 0)
        {
            violations.Add(DescribeRows(badDates, string.Create(CultureInfo.InvariantCulture, $"a due day number outside 0..{MaximumDayNumber} (0001-01-01..9999-12-31)")));
        }

        if (badCurrencies.Count > 0)
        {
            violations.Add(DescribeRows(badCurrencies, string.Create(CultureInfo.InvariantCulture, $"a currency index beyond the {currencyList.Length} currencies given")));
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("The open-item columns are invalid: " + string.Join("; ", violations) + ".");
        }

        return new OpenItemColumns(dueDayNumbers.ToArray(), openMinorUnits.ToArray(), currencyIndexes.ToArray(), currencyList);
    }

    /// <summary>Creates columns from ledger items, with each item's open amount at the end of a date.</summary>
    /// <remarks>Every item becomes one row, also those with nothing open on <paramref name="openOn"/> (zero rows are counted apart, as in <see cref="PortfolioAging.AgeItems"/>).</remarks>
    /// <param name="items">The items.</param>
    /// <param name="openOn">The date whose open amounts are taken (<see cref="ReceivableItem.OpenAmountOn"/>), normally the as-of date.</param>
    /// <returns>The columns, rows in item order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">The items use more than <see cref="MaximumCurrencies"/> currencies.</exception>
    public static OpenItemColumns FromItems(IEnumerable<ReceivableItem> items, LocalDate openOn)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = new OpenItemColumnsBuilder(items.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var item in items)
        {
            builder.Add(item.DueOn, item.OpenAmountOn(openOn));
        }

        return builder.Build();
    }

    /// <summary>A slice of the columns (for ageing partitions on several cores); the arrays are copied.</summary>
    /// <param name="start">The first row.</param>
    /// <param name="length">The number of rows.</param>
    /// <returns>The rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="length"/> − 1, with the same currencies.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the columns.</exception>
    public OpenItemColumns Slice(int start, int length)
    {
        CheckRange(start, length, Count);
        return new OpenItemColumns(
            _dueDayNumbers.AsSpan(start, length).ToArray(),
            _openMinorUnits.AsSpan(start, length).ToArray(),
            _currencyIndexes.AsSpan(start, length).ToArray(),
            Currencies);
    }

    internal static void CheckRange(int start, int length, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, count - start);
    }

    internal static void CheckCurrencies(ImmutableArray<Currency> currencies, List<string> violations)
    {
        if (currencies.Length > MaximumCurrencies)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{currencies.Length} currencies given; at most {MaximumCurrencies} fit a byte index"));
        }

        var seen = new HashSet<Currency>();
        for (var c = 0; c < currencies.Length; c++)
        {
            if (!currencies[c].IsSpecified)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"currency {c} is unspecified (default)"));
            }
            else if (!seen.Add(currencies[c]))
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"currency {c} ({currencies[c].Code}) is repeated"));
            }
        }
    }

    private static string DescribeRows(List<int> rows, string problem)
    {
        const int Shown = 5;
        var named = string.Join(", ", rows.Take(Shown).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var more = rows.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {rows.Count - Shown} more") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{rows.Count} row(s) have {problem} (rows {named}{more})");
    }
}
