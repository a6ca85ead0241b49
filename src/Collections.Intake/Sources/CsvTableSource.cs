using System.Text;
using Sylvan.Data.Csv;

namespace Collections.Intake;

/// <summary>Reads a CSV file with Sylvan.Data.Csv, field by field as spans (no string per cell).</summary>
/// <remarks>Sylvan counts records, so a quoted field with a line break stays one row, as Excel shows it; the header is row 1.</remarks>
internal sealed class CsvTableSource : TableSource
{
    private readonly Stream _stream;
    private readonly StreamReader _text;
    private readonly CsvDataReader _reader;
    private readonly string _fileName;
    private readonly string[] _headers;

    private readonly int _headerRow;

    private CsvTableSource(Stream stream, StreamReader text, CsvDataReader reader, string fileName, int headerRow)
    {
        _headerRow = headerRow;
        _stream = stream;
        _text = text;
        _reader = reader;
        _fileName = fileName;
        _headers = new string[reader.FieldCount];
        for (var i = 0; i < _headers.Length; i++)
        {
            _headers[i] = reader.GetName(i);
        }
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override int HeaderRowNumber => _headerRow;

    public override int RowNumber => _reader.RowNumber + _headerRow;

    public override int FieldCount => _reader.RowFieldCount;

    public override long BytesRead => _stream.Position;

    public static CsvTableSource Open(Stream stream, Encoding encoding, char? delimiter, string fileName, int? headerRow)
    {
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        for (var line = 1; line < (headerRow ?? 1); line++)
        {
            if (text.ReadLine() is null)
            {
                text.Dispose();
                throw new IntakeFileException(fileName, FileProblem.EmptyFile, IntakeTexts.Render("file.empty_file", ("file", fileName)));
            }
        }

        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            BufferSize = 1 << 16,
            OwnsReader = false,
        };
        if (delimiter is { } declared)
        {
            options.Delimiter = declared;
        }

        try
        {
            return new CsvTableSource(stream, text, CsvDataReader.Create(text, options), fileName, headerRow ?? 1);
        }
        catch (CsvFormatException exception)
        {
            text.Dispose();
            throw Malformed(fileName, headerRow ?? 1, exception);
        }
    }

    /// <remarks>Reads synchronously from the stream's buffer: a file is read ahead in 64 KB blocks, and awaiting each row
    /// through three layers of async state machines cost more than the parsing itself (on Linux, asynchronous file reads are
    /// thread-pool hops anyway).</remarks>
    public override ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(_reader.Read());
        }
        catch (CsvFormatException exception)
        {
            throw Malformed(_fileName, exception.RowNumber + _headerRow, exception);
        }
        catch (DecoderFallbackException exception)
        {
            // Strict decoding stopped at a byte the encoding cannot decode. For UTF-8 the whole-file inspection names the exact
            // offset and line and its verdict wins; this message stands only for UTF-16, whose bytes are not inspected.
            throw new IntakeFileException(
                _fileName,
                FileProblem.InvalidEncoding,
                IntakeTexts.Render("file.invalid_encoding", ("file", _fileName), ("encoding", _text.CurrentEncoding.WebName), ("bytes", FileSignature.Hex(exception.BytesUnknown ?? [])), ("offset", _stream.Position), ("line", RowNumber)),
                exception)
            {
                ByteOffset = _stream.Position,
            };
        }
    }

    public override ReadOnlySpan<char> GetText(int column) => column < _reader.RowFieldCount ? _reader.GetFieldSpan(column) : [];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    private static IntakeFileException Malformed(string fileName, int row, CsvFormatException exception)
    {
        var detail = exception is CsvInvalidCharacterException
            ? IntakeTexts.Get("detail.unclosed_quote")
            : IntakeTexts.Render("detail.csv_syntax", ("message", exception.Message));
        return new IntakeFileException(fileName, FileProblem.MalformedCsv, IntakeTexts.Render("file.malformed_csv", ("file", fileName), ("row", row), ("detail", detail)), exception)
        {
            RowNumber = row,
        };
    }
}
