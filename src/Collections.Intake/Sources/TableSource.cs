namespace Collections.Intake;

/// <summary>A table of rows read from a CSV file or a workbook sheet: the header, then data rows numbered as the creditor
/// sees them (header = row 1 in a CSV file; the sheet's own row numbers in a workbook).</summary>
internal abstract class TableSource : IDisposable
{
    public abstract IReadOnlyList<string> Headers { get; }

    public abstract int HeaderRowNumber { get; }

    /// <summary>The current row's number as the creditor sees it.</summary>
    public abstract int RowNumber { get; }

    /// <summary>Fields in the current row (a CSV row may have more or fewer than the header).</summary>
    public abstract int FieldCount { get; }

    /// <summary>Bytes of the input consumed so far, for progress.</summary>
    public abstract long BytesRead { get; }

    public abstract ValueTask<bool> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The cell's text; empty when the row has no such field.</summary>
    public abstract ReadOnlySpan<char> GetText(int column);

    public virtual CellKind GetKind(int column) => GetText(column).IsEmpty ? CellKind.Empty : CellKind.Text;

    public virtual double GetNumber(int column) => throw new InvalidOperationException("Not a number cell.");

    public virtual DateTime GetDateTime(int column) => throw new InvalidOperationException("Not a date cell.");

    /// <summary>The formula behind a workbook cell, when it has one.</summary>
    public virtual CellFormula? GetFormula(int column) => null;

    /// <summary>Whether the current row has no value in any cell.</summary>
    public virtual bool IsBlankRow()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (!CellText.IsBlank(GetText(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The spreadsheet address of a cell in the current row, for example <c>C7</c>.</summary>
    public string CellReference(int column) => ColumnLetters(column) + RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        var n = column + 1;
        while (n > 0)
        {
            var remainder = (n - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            n = (n - 1) / 26;
        }

        return letters;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
