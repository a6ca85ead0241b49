using System.Text;

namespace Collections.Intake;

/// <summary>What is known about the input before its bytes are all inspected: its length and first bytes.</summary>
internal sealed record InputHead(byte[] Bytes, long Length)
{
    public int ByteOrderMarkLength => FileInspection.ByteOrderMarkOf(Bytes, out _);

    public Encoding? ByteOrderMarkEncoding
    {
        get
        {
            FileInspection.ByteOrderMarkOf(Bytes, out var encoding);
            return encoding;
        }
    }

    /// <summary>Reads the first bytes of a seekable stream and moves it back to the start.</summary>
    public static async Task<InputHead> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        return new InputHead(buffer[..read], stream.Length);
    }
}
