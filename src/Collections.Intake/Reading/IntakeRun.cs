using System.Text;
using Collections.Core;

namespace Collections.Intake;

/// <summary>One read of one file, after the bytes were inspected: file checks, encoding choice, the row loop, the result.</summary>
internal sealed class IntakeRun(IntakeSettings settings, FileInspection inspection, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 1024;
    private const int RowsBeforeEstimate = 16_384;

    private readonly ReportAccumulator _report = new();
    private bool _suspiciousEncoding;

    public async Task<IntakeResult> ExecuteAsync(Stream stream)
    {
        var format = settings.Format ?? throw FileError(FileProblem.UnknownFormat, IntakeTexts.Render("file.unknown_format", ("file", settings.FileName)));
        if (inspection.ByteCount == 0 || (format == IntakeFormat.Csv && inspection.IsBlank))
        {
            throw FileError(FileProblem.EmptyFile, IntakeTexts.Render("file.empty_file", ("file", settings.FileName)));
        }

        IntakeEncoding? encodingUsed = null;
        string? sheetName = null;
        TableSource source;
        if (format == IntakeFormat.Xlsx)
        {
            CheckWorkbookSignature();
            var workbook = XlsxTableSource.Open(stream, settings.FileName, settings.SheetName, settings.Mapping.HeaderRow, inspection.ByteCount);
            sheetName = workbook.SheetName;
            _report.AddNote(new IntakeNote("sheet", IntakeTexts.Render("note.sheet", ("sheet", workbook.SheetName), ("sheets", string.Join(", ", workbook.SheetNames.Select(n => "'" + n + "'"))))));
            source = workbook;
        }
        else
        {
            CheckTextContent();
            var (encoding, used) = ChooseEncoding();
            encodingUsed = used;
            source = CsvTableSource.Open(stream, encoding, settings.Mapping.Delimiter, settings.FileName, settings.Mapping.HeaderRow);
        }

        using (source)
        {
            ShapeReader portfolioReader;
            try
            {
                portfolioReader = await ReadRowsAsync(source).ConfigureAwait(false);
            }
            catch (IntakeFileException exception) when (exception.Problem == FileProblem.MissingColumns && _suspiciousEncoding)
            {
                // Headers garbled by a wrong encoding declaration look like missing columns: say what is more likely wrong.
                var hint = IntakeTexts.Get("note.encoding_suspicious");
                throw new IntakeFileException(
                    exception.FileName,
                    exception.Problem,
                    new BilingualText(exception.Reason.English + " " + hint.English, exception.Reason.Arabic + " " + hint.Arabic),
                    exception)
                {
                    RowNumber = exception.RowNumber,
                    Column = exception.Column,
                };
            }

            var report = _report.Build(settings.FileName);
            var portfolio = settings.Strict && !report.IsClean ? null : portfolioReader.Build();
            return new IntakeResult(settings.FileName, settings.Shape, format, inspection.Sha256, inspection.ByteCount, report, portfolio)
            {
                Strict = settings.Strict,
                Encoding = encodingUsed,
                HasByteOrderMark = inspection.ByteOrderMarkLength > 0,
                SheetName = sheetName,
                AccountFields = portfolio is null ? [] : portfolioReader.AccountFields(),
            };
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
                reader.Reserve((int)Math.Min(int.MaxValue / 2, rows * (double)inspection.ByteCount / source.BytesRead * 1.05));
            }

            if (progress is not null && rows % settings.ProgressInterval == 0)
            {
                progress.Report(new IntakeProgress(rows, source.BytesRead, inspection.ByteCount));
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

        progress?.Report(new IntakeProgress(rows, inspection.ByteCount, inspection.ByteCount));
        return reader;
    }

    private IntakeFileException FileError(FileProblem problem, BilingualText reason) => new(settings.FileName, problem, reason);

    private void CheckWorkbookSignature()
    {
        if (FileSignature.IsZip(inspection.Head))
        {
            return;
        }

        var kind = FileSignature.KindOf(inspection.Head);
        var detail = kind is null
            ? IntakeTexts.Render("detail.not_zip", ("bytes", FileSignature.Hex(inspection.Head)))
            : IntakeTexts.Render("detail.signature", ("bytes", FileSignature.Hex(inspection.Head)), ("kind", IntakeTexts.Get("kind." + kind)));
        throw new IntakeFileException(settings.FileName, FileProblem.NotASpreadsheet, IntakeTexts.Render("file.not_a_spreadsheet", ("file", settings.FileName), ("format", "XLSX"), ("detail", detail)))
        {
            ByteOffset = 0,
        };
    }

    /// <summary>A zero byte never occurs in CSV text (UTF-16, which has them, is recognised by its byte-order mark first).</summary>
    private void CheckTextContent()
    {
        if (inspection.FirstZeroByteOffset is not { } offset)
        {
            return;
        }

        var kind = FileSignature.KindOf(inspection.Head);
        var detail = kind is null
            ? IntakeTexts.Render("detail.binary_content", ("offset", offset))
            : IntakeTexts.Render("detail.signature", ("bytes", FileSignature.Hex(inspection.Head)), ("kind", IntakeTexts.Get("kind." + kind)));
        throw new IntakeFileException(settings.FileName, FileProblem.NotASpreadsheet, IntakeTexts.Render("file.not_a_spreadsheet", ("file", settings.FileName), ("format", "CSV"), ("detail", detail)))
        {
            ByteOffset = kind is null ? offset : 0,
        };
    }

    /// <summary>Byte-order mark first; then the declared encoding, strictly; <see cref="IntakeEncoding.Auto"/> falls back to
    /// Windows-1256 only when the bytes are not valid UTF-8, and says so.</summary>
    private (Encoding Encoding, IntakeEncoding Used) ChooseEncoding()
    {
        var declared = settings.Encoding;
        var how = IntakeTexts.Get(declared == IntakeEncoding.Auto ? "note.encoding_detected" : "note.encoding_declared");
        if (inspection.ByteOrderMarkEncoding is { } bomEncoding)
        {
            var used = bomEncoding is UnicodeEncoding ? IntakeEncoding.Utf16 : IntakeEncoding.Utf8;
            if (used == IntakeEncoding.Utf8 && inspection.FirstInvalidUtf8Offset is not null)
            {
                throw InvalidEncoding("UTF-8");
            }

            Note("encoding_used", IntakeTexts.Render("note.encoding_used", ("encoding", used.Code), ("how", IntakeTexts.Get("note.encoding_bom"))));
            return (bomEncoding, used);
        }

        if (declared == IntakeEncoding.Utf16)
        {
            throw new IntakeFileException(settings.FileName, FileProblem.InvalidEncoding, IntakeTexts.Render(
                "file.invalid_encoding", ("file", settings.FileName), ("encoding", "UTF-16"), ("bytes", FileSignature.Hex(inspection.Head)), ("offset", 0), ("line", 1)))
            {
                ByteOffset = 0,
                LineNumber = 1,
            };
        }

        if (declared == IntakeEncoding.Windows1256)
        {
            if (inspection.FirstInvalidUtf8Offset is null && inspection.HasNonAscii)
            {
                _suspiciousEncoding = true;
                Note("encoding_suspicious", IntakeTexts.Get("note.encoding_suspicious"));
            }

            Note("encoding_used", IntakeTexts.Render("note.encoding_used", ("encoding", IntakeEncoding.Windows1256.Code), ("how", how)));
            return (IntakeSettings.Windows1256(), IntakeEncoding.Windows1256);
        }

        if (inspection.FirstInvalidUtf8Offset is { } offset)
        {
            if (declared == IntakeEncoding.Utf8)
            {
                throw InvalidEncoding("UTF-8");
            }

            Note("encoding_fallback", IntakeTexts.Render("note.encoding_fallback", ("offset", offset), ("line", inspection.FirstInvalidUtf8Line)));
            Note("encoding_used", IntakeTexts.Render("note.encoding_used", ("encoding", IntakeEncoding.Windows1256.Code), ("how", how)));
            return (IntakeSettings.Windows1256(), IntakeEncoding.Windows1256);
        }

        Note("encoding_used", IntakeTexts.Render("note.encoding_used", ("encoding", IntakeEncoding.Utf8.Code), ("how", how)));
        return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), IntakeEncoding.Utf8);
    }

    private IntakeFileException InvalidEncoding(string encodingName) =>
        new(settings.FileName, FileProblem.InvalidEncoding, IntakeTexts.Render(
            "file.invalid_encoding",
            ("file", settings.FileName),
            ("encoding", encodingName),
            ("bytes", FileSignature.Hex(inspection.InvalidUtf8Bytes)),
            ("offset", inspection.FirstInvalidUtf8Offset),
            ("line", inspection.FirstInvalidUtf8Line)))
        {
            ByteOffset = inspection.FirstInvalidUtf8Offset,
            LineNumber = inspection.FirstInvalidUtf8Line,
        };

    private void Note(string code, BilingualText text) => _report.AddNote(new IntakeNote(code, text));
}
