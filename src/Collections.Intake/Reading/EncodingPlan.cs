using System.Text;

namespace Collections.Intake;

/// <summary>How a CSV file's text is decoded, chosen before or after its bytes were inspected.</summary>
/// <param name="Encoding">The decoder.</param>
/// <param name="Used">The encoding it stands for.</param>
/// <param name="Detected">Whether it was detected rather than declared or given by a byte-order mark.</param>
internal sealed record EncodingPlan(Encoding Encoding, IntakeEncoding Used, bool Detected)
{
    /// <summary>Strict UTF-8: an invalid byte stops decoding (the inspection then says where it is).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
