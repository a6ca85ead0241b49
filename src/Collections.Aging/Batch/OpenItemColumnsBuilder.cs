using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Collects open items row by row and builds immutable <see cref="OpenItemColumns"/>.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable); not thread-safe. Each row is checked as it is added.</remarks>
public sealed class OpenItemColumnsBuilder
{
    private static readonly int MaximumDayNumber = DayNumber.Of(new LocalDate(9999, 12, 31));

    private readonly List<Currency> _currencies = [];
    private readonly Dictionary<Currency, byte> _currencyIndexes = [];
    private int[] _dueDayNumbers;
    private long[] _openMinorUnits;
    private byte[] _currencyIndex;

    /// <summary>Starts empty columns.</summary>
    /// <param name="capacity">Rows to reserve room for (grows as needed).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public OpenItemColumnsBuilder(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _dueDayNumbers = new int[capacity];
        _openMinorUnits = new long[capacity];
        _currencyIndex = new byte[capacity];
    }

    /// <summary>The number of rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an item by its due date and open amount.</summary>
    /// <param name="dueOn">The due date (any calendar).</param>
    /// <param name="openAmount">The open amount; negative for a credit, zero for nothing open.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The amount's currency is unspecified, or it would be currency number <see cref="OpenItemColumns.MaximumCurrencies"/> + 1.</exception>
    public OpenItemColumnsBuilder Add(LocalDate dueOn, Money openAmount) =>
        Add(DayNumber.Of(dueOn), openAmount.MinorUnits, openAmount.Currency);

    /// <summary>Adds an item by its due day number, open minor units and currency.</summary>
    /// <param name="dueDayNumber">The due date as a <see cref="DayNumber"/>.</param>
    /// <param name="openMinorUnits">The open amount in minor units of <paramref name="currency"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day number is outside 0001-01-01..9999-12-31.</exception>
    /// <exception cref="ArgumentException">The currency is unspecified, or it would be currency number <see cref="OpenItemColumns.MaximumCurrencies"/> + 1.</exception>
    public OpenItemColumnsBuilder Add(int dueDayNumber, long openMinorUnits, Currency currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueDayNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueDayNumber, MaximumDayNumber);
        var index = IndexOf(currency);
        if (Count == _dueDayNumbers.Length)
        {
            Grow();
        }

        _dueDayNumbers[Count] = dueDayNumber;
        _openMinorUnits[Count] = openMinorUnits;
        _currencyIndex[Count] = index;
        Count++;
        return this;
    }

    /// <summary>Builds the columns from the rows added so far; the builder can go on adding afterwards.</summary>
    /// <returns>The immutable columns.</returns>
    public OpenItemColumns Build() =>
        new(_dueDayNumbers.AsSpan(0, Count).ToArray(), _openMinorUnits.AsSpan(0, Count).ToArray(), _currencyIndex.AsSpan(0, Count).ToArray(), [.. _currencies]);

    private byte IndexOf(Currency currency)
    {
        if (!currency.IsSpecified)
        {
            throw new ArgumentException("The amount's currency is unspecified (default); use Currency.FromCode.", nameof(currency));
        }

        if (_currencyIndexes.TryGetValue(currency, out var index))
        {
            return index;
        }

        if (_currencies.Count == OpenItemColumns.MaximumCurrencies)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Currency {currency.Code} would be currency number {OpenItemColumns.MaximumCurrencies + 1}; one set of columns holds at most {OpenItemColumns.MaximumCurrencies}."),
                nameof(currency));
        }

        index = (byte)_currencies.Count;
        _currencies.Add(currency);
        _currencyIndexes[currency] = index;
        return index;
    }

    private void Grow()
    {
        var size = Math.Max(16, (int)Math.Min(Array.MaxLength, _dueDayNumbers.Length * 2L));
        Array.Resize(ref _dueDayNumbers, size);
        Array.Resize(ref _openMinorUnits, size);
        Array.Resize(ref _currencyIndex, size);
    }
}
