using System.Globalization;
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
        var creditor = arguments.Creditor ?? mapping.CreditorId?.Value ?? Path.GetFileNameWithoutExtension(arguments.File);
        var options = new IntakeOptions
        {
            Strict = arguments.Strict,
            CreditorId = mapping.CreditorId is null ? CreditorIdFrom(creditor) : null,
            Currency = Declared("--currency", arguments.Currency is null ? null : Currency.FromCode(arguments.Currency), mapping.Currency, c => c.Code),
            DateOrder = Declared("--date-order", arguments.DateOrder is { } text && DateOrder.TryFromCode(text, out var order) ? order : null, mapping.DateOrder, d => d.Code),
            ProgressInterval = 20_000,
        };
        var result = await PortfolioFileReader.ReadAsync(arguments.File, mapping, options, progress, cancellationToken).ConfigureAwait(false);
        var report = result.Report;
        var summary = string.Create(CultureInfo.InvariantCulture, $"  {report.RowsRead:N0} rows read: {report.RowsAccepted:N0} accepted, {report.RowsRejected:N0} rejected, {report.Warnings.Length:N0} warnings.");
        if (result.Portfolio is null)
        {
            return new Outcome(null, summary, "error: the file was refused (--strict and rejected rows):" + Environment.NewLine + report.Describe(arguments.Language, maxIssues: 20));
        }

        if (result.Portfolio.Accounts.IsEmpty)
        {
            return new Outcome(null, summary, "error: no account could be read from the file, so there is nothing to assess:" + Environment.NewLine + report.Describe(arguments.Language, maxIssues: 20));
        }

        var language = arguments.Language;
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
            [.. report.Errors.Select(e => Issue(e, language))],
            [.. report.Warnings.Select(w => Issue(w, language))]);
        return new Outcome(new AssessmentInput(result.Portfolio, arguments.AsOf, creditor, input, quality, arguments.HighBalance, arguments.Onboarding), summary, null);
    }

    private static RowIssueFigure Issue(IntakeIssue issue, Language language) =>
        new(issue.RowNumber, issue.Column ?? string.Empty, issue.Value ?? string.Empty, issue.Reason.In(language));

    /// <summary>A value the command line may declare when the mapping does not; both given and different is refused, naming the option.</summary>
    private static T? Declared<T>(string option, T? fromCommandLine, T? fromMapping, Func<T, string> code)
        where T : class =>
        (fromCommandLine, fromMapping) switch
        {
            (null, _) => null,
            ({ } given, null) => given,
            ({ } given, { } mapped) when code(given) == code(mapped) => null,
            ({ } given, { } mapped) => throw new AssessmentException($"{option}: '{code(given)}' disagrees with the mapping file, which declares '{code(mapped)}'; drop {option} or change the mapping."),
        };

    private static T? Declared<T>(string option, T? fromCommandLine, T? fromMapping, Func<T, string> code)
        where T : struct =>
        (fromCommandLine, fromMapping) switch
        {
            (null, _) => null,
            ({ } given, null) => given,
            ({ } given, { } mapped) when code(given) == code(mapped) => null,
            ({ } given, { } mapped) => throw new AssessmentException($"{option}: '{code(given)}' disagrees with the mapping file, which declares '{code(mapped)}'; drop {option} or change the mapping."),
        };

    /// <summary>A creditor id from a display name: trimmed, inner white space kept (ids are opaque text).</summary>
    private static CreditorId CreditorIdFrom(string name) =>
        CreditorId.TryCreate(name.Trim(), out var id) ? id : new CreditorId("creditor");
}
