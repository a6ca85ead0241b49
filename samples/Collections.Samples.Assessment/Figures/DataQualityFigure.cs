namespace Collections.Samples.Assessment.Figures;

/// <summary>What reading and checking the file found: counts, normalisations, rejected rows, warnings and odd patterns.</summary>
/// <remarks><c>rejected_rows</c> and <c>warning_rows</c> hold the first 100 each; assessment.xlsx holds all of them.</remarks>
public sealed record DataQualityFigure(
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    int Warnings,
    IReadOnlyDictionary<string, int> Normalisations,
    IReadOnlyList<RowIssueFigure> RejectedRows,
    IReadOnlyList<RowIssueFigure> WarningRows,
    IReadOnlyList<FindingFigure> Findings);

/// <summary>A problem on one row of the file: where (row as the creditor numbers it, header = 1), which column, the value and why.</summary>
public sealed record RowIssueFigure(int Row, string Column, string Value, string Reason);

/// <summary>An odd pattern in the data, with how many accounts or rows show it and an example.</summary>
public sealed record FindingFigure(string Code, string Severity, int Count, string Message, string? Example);
