using System.Runtime.ExceptionServices;
using System.Text;
using Collections.Core;

namespace Collections.Intake;

/// <summary>One read of one file: checks on its first bytes, the row loop, then the checks that need every byte (hash, encoding,
/// binary content), which run alongside the rows and take precedence over what the rows found.</summary>
/// <remarks>
/// The whole-file inspection (SHA-256, UTF-8 validity, zero bytes) runs concurrently with parsing when a second view of the
/// bytes is available. Its verdict is awaited before anything is returned, so a file problem it finds still wins and nothing
/// is half-read. With <see cref="IntakeEncoding.Auto"/> the text is first decoded as strict UTF-8; when the inspection finds
/// the bytes are not UTF-8 the rows are read again as Windows-1256, from the start, and the report says so.
/// </remarks>
internal sealed partial class IntakeRun(IntakeSettings settings, InputHead head, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 1024;
    private const int RowsBeforeEstimate = 16_384;

    private ReportAccumulator _report = new();

    public async Task<IntakeResult> ExecuteAsync(Stream stream, Task<FileInspection> inspectionTask)
    {
        try
        {
            return await ExecuteCoreAsync(stream, inspectionTask).ConfigureAwait(false);
        }
        finally
        {
            // Never leave the inspection running or its failure unobserved, whatever happened to the rows.
            try
            {
                await inspectionTask.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                // the primary outcome (a result or an exception) is already on its way
            }
        }
    }

    private async Task<IntakeResult> ExecuteCoreAsync(Stream stream, Task<FileInspection> inspectionTask)
    {
        var format = settings.Format ?? throw FileError(FileProblem.UnknownFormat, IntakeTexts.Render("file.unknown_format", ("file", settings.FileName)));
        if (head.Length == 0)
        {
            throw FileError(FileProblem.EmptyFile, IntakeTexts.Render("file.empty_file", ("file", settings.FileName)));
        }

        EncodingPlan? plan = null;
        if (format == IntakeFormat.Xlsx)
        {
            CheckWorkbookSignature();
        }
        else
        {
            plan = PlanEncoding();
        }

        Attempt? attempt = null;
        Exception? failure = null;
        try
        {
            attempt = await ParseAsync(stream, format, plan).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failure = exception;
        }

        var inspection = await inspectionTask.ConfigureAwait(false);
        CheckInspection(format, plan, inspection);
        if (plan is { Detected: true } && plan.Used == IntakeEncoding.Utf8 && inspection.FirstInvalidUtf8Offset is { } offset)
        {
            // Not UTF-8 after all: read again, from the start, as Windows-1256.
            _report = new ReportAccumulator();
            Note("encoding_fallback", IntakeTexts.Render("note.encoding_fallback", ("offset", offset), ("line", inspection.FirstInvalidUtf8Line)));
            plan = new EncodingPlan(IntakeSettings.Windows1256(), IntakeEncoding.Windows1256, Detected: true);
            stream.Position = 0;
            failure = null;
            try
            {
                attempt = await ParseAsync(stream, format, plan).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure = exception;
            }
        }

        var suspicious = plan is { Detected: false } && plan.Used == IntakeEncoding.Windows1256 && inspection.FirstInvalidUtf8Offset is null && inspection.HasNonAscii;
        if (failure is not null)
        {
            if (suspicious && failure is IntakeFileException missing && missing.Problem == FileProblem.MissingColumns)
            {
                throw WithEncodingHint(missing);
            }

            ExceptionDispatchInfo.Throw(failure);
        }

        if (suspicious)
        {
            Note("encoding_suspicious", IntakeTexts.Get("note.encoding_suspicious"));
        }

        var report = _report.Build(settings.FileName);
        var portfolio = settings.Strict && !report.IsClean ? null : attempt!.Reader.Build();
        return new IntakeResult(settings.FileName, settings.Shape, format, inspection.Sha256, inspection.ByteCount, report, portfolio)
        {
            Strict = settings.Strict,
            Encoding = plan?.Used,
            HasByteOrderMark = format == IntakeFormat.Csv && head.ByteOrderMarkLength > 0,
            SheetName = attempt!.SheetName,
            AccountFields = portfolio is null ? [] : attempt.Reader.AccountFields(),
        };
    }

    private async Task<Attempt> ParseAsync(Stream stream, IntakeFormat format, EncodingPlan? plan)
    {
        TableSource source;
        string? sheetName = null;
        if (format == IntakeFormat.Xlsx)
        {
            var workbook = XlsxTableSource.Open(stream, settings.FileName, settings.SheetName, settings.Mapping.HeaderRow, head.Length);
            sheetName = workbook.SheetName;
            _report.AddNote(new IntakeNote("sheet", IntakeTexts.Render("note.sheet", ("sheet", workbook.SheetName), ("sheets", string.Join(", ", workbook.SheetNames.Select(n => "'" + n + "'"))))));
            source = workbook;
        }
        else
        {
            var how = IntakeTexts.Get(head.ByteOrderMarkLength > 0 ? "note.encoding_bom" : plan!.Detected ? "note.encoding_detected" : "note.encoding_declared");
            Note("encoding_used", IntakeTexts.Render("note.encoding_used", ("encoding", plan!.Used.Code), ("how", how)));
            source = CsvTableSource.Open(stream, plan.Encoding, settings.Mapping.Delimiter, settings.FileName, settings.Mapping.HeaderRow);
        }

        using (source)
        {
            return new Attempt(await ReadRowsAsync(source).ConfigureAwait(false), sheetName);
        }
    }

    private async Task<ShapeReader> ReadRowsAsync(TableSource source)
    {
        var layout = ColumnLayout.Resolve(source.Headers, source.HeaderRowNumber, settings);
        _report.AddNote(layout.Note);
        foreach (var note in settings.Mapping.Notes)
        {
            _report.AddNote(new IntakeNote("mapping", IntakeTexts.Render("note.mapping", ("text", note))));
        }

        if (settings.Shape == IntakeShape.Ledger && layout[ColumnRole.IssueDate] < 0)
        {
            _report.AddNote(new IntakeNote("issue_date_missing", IntakeTexts.Get("note.issue_date_missing")));
        }

        var cells = new CellReader(source, _report, settings);
        var reader = ShapeReader.For(cells, layout, settings);
        var rows = 0;
        while (await source.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows++;
            if (rows % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (rows == RowsBeforeEstimate && source.BytesRead > 0)
            {
                // Room for the whole file at once instead of doubling: the row count estimated from the bytes consumed so far.
                reader.Reserve((int)Math.Min(int.MaxValue / 2, rows * (double)head.Length / source.BytesRead * 1.05));
            }

            if (progress is not null && rows % settings.ProgressInterval == 0)
            {
                progress.Report(new IntakeProgress(rows, source.BytesRead, head.Length));
            }

            if (source.IsBlankRow())
            {
                _report.BlankRows++;
                continue;
            }

            cells.BeginRow();
            if (cells.CheckFieldCount())
            {
                reader.ReadRow();
            }
        }

        _report.RowsRead = rows;
        if (rows == _report.BlankRows)
        {
            throw new IntakeFileException(settings.FileName, FileProblem.HeaderOnly, IntakeTexts.Render("file.header_only", ("file", settings.FileName), ("row", source.HeaderRowNumber)))
            {
                RowNumber = source.HeaderRowNumber,
            };
        }

        progress?.Report(new IntakeProgress(rows, head.Length, head.Length));
        return reader;
    }

    private void Note(string code, BilingualText text) => _report.AddNote(new IntakeNote(code, text));

    private sealed record Attempt(ShapeReader Reader, string? SheetName);
}
