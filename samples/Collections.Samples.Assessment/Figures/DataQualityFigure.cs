namespace Collections.Samples.Assessment.Figures;

/// <summary>What reading and checking the file found: counts, normalisations, rejected rows and odd patterns.</summary>
public sealed record DataQualityFigure(
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    int Warnings,
    IReadOnlyDictionary<string, int> Normalisations,
    IReadOnlyList<RejectedRowFigure> RejectedRows,
    IReadOnlyList<FindingFigure> Findings);

/// <summary>A rejected row: where it is in the file, which column, the value and why.</summary>
public sealed record RejectedRowFigure(int Row, string Column, string Value, string Reason);

/// <summary>An odd pattern in the data, with how many accounts or rows show it and an example.</summary>
public sealed record FindingFigure(string Code, string Severity, int Count, string Message, string? Example);
