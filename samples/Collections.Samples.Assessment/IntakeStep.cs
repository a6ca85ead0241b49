using Collections.Core;
using Collections.Intake;
using Collections.Samples.Assessment.Assessment;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment;

/// <summary>Reads the creditor's file with Collections.Intake and turns the result into the assessment's input.</summary>
public static class IntakeStep
{
    public sealed record Outcome(AssessmentInput? Input, string Summary, string? Refusal);

    public static async Task<Outcome> ReadAsync(AssessmentArguments arguments, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var mapping = arguments.Mapping is null ? IntakeMapping.ForShape(IntakeShape.Ledger) : IntakeMapping.Load(arguments.Mapping);
        var options = new IntakeOptions
        {
            Strict = arguments.Strict,
            Currency = arguments.Currency is null ? null : Currency.FromCode(arguments.Currency),
            DateOrder = arguments.DateOrder is null ? null : DateOrder.TryFromCode(arguments.DateOrder, out var order) ? order : null,
            ProgressInterval = 20_000,
        };
        var result = await PortfolioFileReader.ReadAsync(arguments.File, mapping, options, progress, cancellationToken).ConfigureAwait(false);
        var report = result.Report;
        var summary = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {report.RowsRead:N0} rows read: {report.RowsAccepted:N0} accepted, {report.RowsRejected:N0} rejected, {report.Warnings.Length:N0} warnings.");
        if (result.Portfolio is null)
        {
            return new Outcome(null, summary, "error: the file was refused (--strict and rejected rows):" + Environment.NewLine + report.Describe(arguments.Language, maxIssues: 20));
        }

        var language = arguments.Language;
        var rejected = report.Errors
            .Select(e => new RejectedRowFigure(e.RowNumber, e.Column ?? string.Empty, e.Value ?? string.Empty, e.Reason.In(language)))
            .ToList();
        var input = new InputFigure(
            result.FileName,
            result.Sha256,
            result.ByteCount,
            result.Shape.Code,
            result.Encoding is null ? result.Format.Name : result.Encoding.Code + (result.HasByteOrderMark ? " (BOM)" : string.Empty),
            result.SheetName,
            arguments.Mapping is null ? null : Path.GetFileName(arguments.Mapping),
            string.Join(", ", result.Portfolio.Currencies.Select(c => c.Code)),
            [.. report.Notes.Select(n => n.Text.In(language))]);
        var quality = new IntakeQuality(
            report.RowsRead,
            report.RowsAccepted,
            report.RowsRejected,
            report.Warnings.Length,
            report.Normalisations.ToDictionary(n => n.Rule.Title.In(language), n => n.Cells),
            rejected);
        var creditor = arguments.Creditor ?? mapping.CreditorId?.Value ?? Path.GetFileNameWithoutExtension(arguments.File);
        return new Outcome(new AssessmentInput(result.Portfolio, arguments.AsOf, creditor, input, quality, arguments.HighBalance), summary, null);
    }
}
