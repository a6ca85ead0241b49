using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Collections.Core;

namespace Collections.Intake;

/// <summary>What happened to every row of a creditor's file: which were rejected and why, which values were flagged, what was
/// normalised, and the notes about the file.</summary>
/// <remarks>
/// No row is dropped without a line here: <see cref="RowsRead"/> = <see cref="RowsAccepted"/> + <see cref="RowsRejected"/> +
/// <see cref="BlankRowsSkipped"/>, every rejected row has at least one error naming its row, column, value and reason, and
/// every kept-but-flagged value (an invalid phone number, a formula cell) has a warning.
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="rowsRead">Data rows after the header, blank ones included.</param>
    /// <param name="blankRowsSkipped">Rows with no value in any cell.</param>
    /// <param name="errors">Every error, in row order.</param>
    /// <param name="warnings">Every warning, in row order.</param>
    /// <exception cref="ArgumentException">The counts do not add up (more rejected rows than rows read).</exception>
    public ValidationReport(string fileName, int rowsRead, int blankRowsSkipped, ImmutableArray<IntakeIssue> errors, ImmutableArray<IntakeIssue> warnings)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        FileName = fileName;
        RowsRead = rowsRead;
        BlankRowsSkipped = blankRowsSkipped;
        Errors = errors.IsDefault ? [] : errors;
        Warnings = warnings.IsDefault ? [] : warnings;
        RejectedRows = [.. Errors.Select(e => e.RowNumber).Distinct().Order()];
        if (RejectedRows.Length + blankRowsSkipped > rowsRead)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{RejectedRows.Length} rejected and {blankRowsSkipped} blank rows cannot come from {rowsRead} rows read."),
                nameof(rowsRead));
        }
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>Data rows after the header, blank ones included.</summary>
    public int RowsRead { get; }

    /// <summary>Rows whose values went into the portfolio (or would have, in strict mode with rejections).</summary>
    public int RowsAccepted => RowsRead - RowsRejected - BlankRowsSkipped;

    /// <summary>Rows with at least one error.</summary>
    public int RowsRejected => RejectedRows.Length;

    /// <summary>Rows with no value in any cell; they carry no data and are counted here rather than rejected.</summary>
    public int BlankRowsSkipped { get; }

    /// <summary>The rejected rows' numbers, ascending.</summary>
    public ImmutableArray<int> RejectedRows { get; }

    /// <summary>Every error (each rejects its row), in row order.</summary>
    public ImmutableArray<IntakeIssue> Errors { get; }

    /// <summary>Every warning about a kept value, in row order.</summary>
    public ImmutableArray<IntakeIssue> Warnings { get; }

    /// <summary>How many cells each normalisation rule changed; rules that changed nothing are left out.</summary>
    public ImmutableArray<NormalisationCount> Normalisations { get; init; } = [];

    /// <summary>Remarks about the whole file: the mapping's notes, the encoding, the columns read.</summary>
    public ImmutableArray<IntakeNote> Notes { get; init; } = [];

    /// <summary>Whether no row was rejected.</summary>
    public bool IsClean => Errors.IsEmpty;

    /// <summary>How many cells a normalisation rule changed.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The count; 0 when the rule changed nothing.</returns>
    public int CountOf(NormalisationRule rule) => Normalisations.FirstOrDefault(n => n.Rule == rule)?.Cells ?? 0;

    /// <summary>The report as text in the given language: counts, notes, normalisations, then the errors and warnings.</summary>
    /// <param name="language">The language.</param>
    /// <param name="maxIssues">How many errors and how many warnings to list at most (the counts are always complete).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIssues"/> is negative.</exception>
    public string Describe(Language language, int maxIssues = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        var text = new StringBuilder();
        text.AppendLine(IntakeTexts.Render(
            "describe.summary",
            ("file", FileName),
            ("read", RowsRead),
            ("accepted", RowsAccepted),
            ("rejected", RowsRejected),
            ("blank", BlankRowsSkipped),
            ("warnings", Warnings.Length)).In(language));
        foreach (var note in Notes)
        {
            text.Append("- ").AppendLine(note.Text.In(language));
        }

        foreach (var count in Normalisations)
        {
            text.Append("- ").Append(count.Rule.Title.In(language)).Append(": ").AppendLine(count.Cells.ToString("N0", CultureInfo.InvariantCulture));
        }

        AppendIssues(text, Errors, "describe.errors", language, maxIssues);
        AppendIssues(text, Warnings, "describe.warnings", language, maxIssues);
        return text.ToString();
    }

    /// <summary>The report as text in English.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => Describe(Language.English);

    private static void AppendIssues(StringBuilder text, ImmutableArray<IntakeIssue> issues, string titleKey, Language language, int maxIssues)
    {
        if (issues.IsEmpty)
        {
            return;
        }

        text.AppendLine(IntakeTexts.Render(titleKey, ("count", issues.Length)).In(language));
        foreach (var issue in issues.Take(maxIssues))
        {
            text.Append("  ").AppendLine(issue.Describe(language));
        }

        if (issues.Length > maxIssues)
        {
            text.Append("  ").AppendLine(IntakeTexts.Render("describe.more", ("count", issues.Length - maxIssues)).In(language));
        }
    }
}
