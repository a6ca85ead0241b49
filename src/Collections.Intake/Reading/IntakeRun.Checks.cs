using Collections.Core;

namespace Collections.Intake;

/// <content>The file-level checks: on the first bytes before parsing, and on every byte once inspected.</content>
internal sealed partial class IntakeRun
{
    private IntakeFileException FileError(FileProblem problem, BilingualText reason) => new(settings.FileName, problem, reason);

    private void CheckWorkbookSignature()
    {
        if (FileSignature.IsZip(head.Bytes))
        {
            return;
        }

        var kind = FileSignature.KindOf(head.Bytes);
        var detail = kind is null
            ? IntakeTexts.Render("detail.not_zip", ("bytes", FileSignature.Hex(head.Bytes)))
            : IntakeTexts.Render("detail.signature", ("bytes", FileSignature.Hex(head.Bytes)), ("kind", IntakeTexts.Get("kind." + kind)));
        throw new IntakeFileException(settings.FileName, FileProblem.NotASpreadsheet, IntakeTexts.Render("file.not_a_spreadsheet", ("file", settings.FileName), ("format", "XLSX"), ("detail", detail)))
        {
            ByteOffset = 0,
        };
    }

    /// <summary>Byte-order mark first; then the declared encoding; <see cref="IntakeEncoding.Auto"/> starts with strict UTF-8.</summary>
    private EncodingPlan PlanEncoding()
    {
        if (head.ByteOrderMarkEncoding is { } bomEncoding)
        {
            return new EncodingPlan(bomEncoding, bomEncoding is System.Text.UnicodeEncoding ? IntakeEncoding.Utf16 : IntakeEncoding.Utf8, Detected: false);
        }

        var declared = settings.Encoding;
        if (declared == IntakeEncoding.Utf16)
        {
            // UTF-16 without a byte-order mark cannot be told apart from binary data.
            throw new IntakeFileException(settings.FileName, FileProblem.InvalidEncoding, IntakeTexts.Render(
                "file.invalid_encoding", ("file", settings.FileName), ("encoding", "UTF-16"), ("bytes", FileSignature.Hex(head.Bytes)), ("offset", 0), ("line", 1)))
            {
                ByteOffset = 0,
                LineNumber = 1,
            };
        }

        return declared == IntakeEncoding.Windows1256
            ? new EncodingPlan(IntakeSettings.Windows1256(), IntakeEncoding.Windows1256, Detected: false)
            : new EncodingPlan(EncodingPlan.StrictUtf8, IntakeEncoding.Utf8, Detected: declared == IntakeEncoding.Auto);
    }

    /// <summary>The problems only the whole file shows; they win over whatever the rows found.</summary>
    private void CheckInspection(IntakeFormat format, EncodingPlan? plan, FileInspection inspection)
    {
        if (inspection.ByteCount == 0 || (format == IntakeFormat.Csv && inspection.IsBlank))
        {
            throw FileError(FileProblem.EmptyFile, IntakeTexts.Render("file.empty_file", ("file", settings.FileName)));
        }

        if (format != IntakeFormat.Csv)
        {
            return;
        }

        if (inspection.FirstZeroByteOffset is { } zero)
        {
            // A zero byte never occurs in CSV text (UTF-16, which has them, is recognised by its byte-order mark first).
            var kind = FileSignature.KindOf(head.Bytes);
            var detail = kind is null
                ? IntakeTexts.Render("detail.binary_content", ("offset", zero))
                : IntakeTexts.Render("detail.signature", ("bytes", FileSignature.Hex(head.Bytes)), ("kind", IntakeTexts.Get("kind." + kind)));
            throw new IntakeFileException(settings.FileName, FileProblem.NotASpreadsheet, IntakeTexts.Render("file.not_a_spreadsheet", ("file", settings.FileName), ("format", "CSV"), ("detail", detail)))
            {
                ByteOffset = kind is null ? zero : 0,
            };
        }

        if (plan is { Detected: false } && plan.Used == IntakeEncoding.Utf8 && inspection.FirstInvalidUtf8Offset is { } offset)
        {
            throw new IntakeFileException(settings.FileName, FileProblem.InvalidEncoding, IntakeTexts.Render(
                "file.invalid_encoding",
                ("file", settings.FileName),
                ("encoding", "UTF-8"),
                ("bytes", FileSignature.Hex(inspection.InvalidUtf8Bytes)),
                ("offset", offset),
                ("line", inspection.FirstInvalidUtf8Line)))
            {
                ByteOffset = offset,
                LineNumber = inspection.FirstInvalidUtf8Line,
            };
        }
    }

    /// <summary>Headers garbled by a wrong encoding declaration look like missing columns: say what is more likely wrong.</summary>
    private static IntakeFileException WithEncodingHint(IntakeFileException exception)
    {
        var hint = IntakeTexts.Get("note.encoding_suspicious");
        return new IntakeFileException(
            exception.FileName,
            exception.Problem,
            new BilingualText(exception.Reason.English + " " + hint.English, exception.Reason.Arabic + " " + hint.Arabic),
            exception)
        {
            RowNumber = exception.RowNumber,
            Column = exception.Column,
        };
    }
}
