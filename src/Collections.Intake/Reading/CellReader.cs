using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>Reads the typed values of the current row's cells, recording every problem in the report with the row, column,
/// cell reference and the value exactly as it was in the file.</summary>
internal sealed partial class CellReader
{
    private readonly TableSource _source;
    private readonly ReportAccumulator _report;
    private readonly IntakeSettings _settings;
    private readonly IReadOnlyList<string> _headers;
    private readonly char _decimalSeparator;

    public CellReader(TableSource source, ReportAccumulator report, IntakeSettings settings)
    {
        _source = source;
        _report = report;
        _settings = settings;
        _headers = source.Headers;
        _decimalSeparator = settings.Mapping.DecimalSeparator;
        Phones = new PhoneNormaliser(settings.PhoneRegion);
    }

    public PhoneNormaliser Phones { get; }

    public TableSource Source => _source;

    public IntakeSettings Settings => _settings;

    /// <summary>Whether the current row has an error.</summary>
    public bool RowRejected { get; private set; }

    public int Row => _source.RowNumber;

    public string HeaderOf(int column) => column >= 0 && column < _headers.Count ? _headers[column] : string.Empty;

    public void BeginRow() => RowRejected = false;

    /// <summary>Rejects a row with fewer fields than the header, or with extra fields that hold values.</summary>
    public bool CheckFieldCount()
    {
        var count = _source.FieldCount;
        if (count == _headers.Count)
        {
            return true;
        }

        if (count > _headers.Count)
        {
            var extrasBlank = true;
            for (var i = _headers.Count; i < count && extrasBlank; i++)
            {
                extrasBlank = CellText.IsBlank(_source.GetText(i));
            }

            if (extrasBlank)
            {
                return true;
            }
        }

        RowError(IntakeIssueCode.WrongFieldCount, IntakeTexts.Render("issue.wrong_field_count", ("found", count), ("expected", _headers.Count)));
        return false;
    }

    public bool IsEmpty(int column) =>
        column < 0 || (_source.GetKind(column) == CellKind.Empty && _source.GetFormula(column) is null);

    public ReadOnlySpan<char> Raw(int column) => column < 0 ? [] : _source.GetText(column);

    public void Count(NormalisationFlags flags)
    {
        if (flags != NormalisationFlags.None)
        {
            _report.Count(flags);
        }
    }

    public void Error(int column, IntakeIssueCode code, BilingualText reason)
    {
        RowRejected = true;
        _report.Add(Issue(column, code, reason));
    }

    public void Warning(int column, IntakeIssueCode code, BilingualText reason) => _report.Add(Issue(column, code, reason));

    public void RowError(IntakeIssueCode code, BilingualText reason)
    {
        RowRejected = true;
        _report.Add(new IntakeIssue(_source.RowNumber, code, reason));
    }

    /// <summary>A cleaned identifier (empty when the cell is empty; an error is recorded when it is required).</summary>
    public ReadOnlySpan<char> ReadIdentifier(int column, Span<char> buffer, bool required)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return [];
        }

        var flags = NormalisationFlags.None;
        var id = IdentifierText.Clean(_source.GetText(column), buffer, ref flags);
        if (id.IsEmpty)
        {
            if (required)
            {
                Missing(column);
            }

            return [];
        }

        Count(flags);
        return id;
    }

    /// <summary>The trimmed text of a cell, or null when empty.</summary>
    public string? ReadText(int column)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return null;
        }

        var flags = NormalisationFlags.None;
        var text = CellText.Trim(_source.GetText(column), ref flags);
        if (text.IsEmpty)
        {
            return null;
        }

        Count(flags);
        return text.ToString();
    }

    /// <summary>The trimmed text of a cell without copying it (empty when the cell is empty or unreadable).</summary>
    public ReadOnlySpan<char> ReadTextSpan(int column)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return [];
        }

        var flags = NormalisationFlags.None;
        var text = CellText.Trim(_source.GetText(column), ref flags);
        Count(flags);
        return text;
    }

    public string RawText(int column) => column < 0 ? string.Empty : _source.GetText(column).ToString();

    public void Missing(int column) =>
        Error(column, IntakeIssueCode.MissingValue, IntakeTexts.Render("issue.missing_value", ("column", HeaderOf(column))));

    /// <summary>Reports a formula cell: its saved result is read with a warning, or the row is rejected when there is none.</summary>
    internal bool CheckFormula(int column)
    {
        var formula = _source.GetFormula(column);
        if (formula is null || formula.ErrorValue is not null)
        {
            return true; // an error value (#N/A) is read as text, which no parser accepts
        }

        var cell = _source.CellReference(column);
        if (!formula.HasSavedResult)
        {
            Error(column, IntakeIssueCode.FormulaWithoutValue, IntakeTexts.Render("issue.formula_without_value", ("cell", cell), ("formula", formula.Formula)));
            return false;
        }

        Warning(column, IntakeIssueCode.FormulaValue, IntakeTexts.Render("issue.formula_value", ("cell", cell), ("formula", formula.Formula), ("value", RawText(column))));
        return true;
    }

    private IntakeIssue Issue(int column, IntakeIssueCode code, BilingualText reason) =>
        column < 0
            ? new IntakeIssue(_source.RowNumber, code, reason)
            : new IntakeIssue(_source.RowNumber, code, reason)
            {
                Column = HeaderOf(column),
                CellReference = _source.CellReference(column),
                Value = RawText(column),
            };
}
