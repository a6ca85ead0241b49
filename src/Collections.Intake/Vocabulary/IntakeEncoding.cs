using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>The text encoding of a CSV file: declared in the mapping or options, or detected (<see cref="Auto"/>).</summary>
/// <remarks>
/// <para>A byte-order mark always wins: <c>EF BB BF</c> is UTF-8, <c>FF FE</c>/<c>FE FF</c> UTF-16. Without one,
/// <see cref="Utf8"/> decodes strictly: an invalid byte is a file error naming the line and byte offset.
/// <see cref="Windows1256"/> (the Arabic Windows code page many Saudi systems still export) is used when declared.
/// <see cref="Auto"/> reads UTF-8 and falls back to Windows-1256 only when the bytes are not valid UTF-8, and the
/// report says so with the offset of the first invalid byte.</para>
/// <para>UTF-16 without a byte-order mark is not read (its zero bytes make it look like a binary file).</para>
/// </remarks>
public sealed class IntakeEncoding : SmartEnum<IntakeEncoding>
{
    /// <summary>Detect: byte-order mark, else UTF-8 when valid, else Windows-1256 with a note (code <c>auto</c>).</summary>
    public static readonly IntakeEncoding Auto = new("auto", 0, 0);

    /// <summary>UTF-8, decoded strictly (code <c>utf-8</c>).</summary>
    public static readonly IntakeEncoding Utf8 = new("utf-8", 1, 65001);

    /// <summary>Windows-1256, the Arabic Windows code page (code <c>windows-1256</c>).</summary>
    public static readonly IntakeEncoding Windows1256 = new("windows-1256", 2, 1256);

    /// <summary>UTF-16 with a byte-order mark, little- or big-endian (code <c>utf-16</c>).</summary>
    public static readonly IntakeEncoding Utf16 = new("utf-16", 3, 1200);

    private IntakeEncoding(string code, int value, int codePage)
        : base(code, value) => CodePage = codePage;

    /// <summary>The persisted code, for example <c>windows-1256</c>.</summary>
    public string Code => Name;

    /// <summary>The code page number (65001, 1256, 1200), or 0 for <see cref="Auto"/>.</summary>
    public int CodePage { get; }

    /// <summary>Every encoding, ordered by value.</summary>
    public static IReadOnlyList<IntakeEncoding> All { get; } = [Auto, Utf8, Windows1256, Utf16];

    /// <summary>Looks up an encoding by its code (case-insensitive; <c>utf8</c>, <c>cp1256</c> and <c>1256</c> are accepted too).</summary>
    /// <param name="code">The code, for example <c>utf-8</c>.</param>
    /// <param name="encoding">The encoding when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IntakeEncoding? encoding)
    {
        var normalised = code?.Trim().ToUpperInvariant() switch
        {
            "UTF8" => "utf-8",
            "CP1256" or "1256" or "WINDOWS1256" => "windows-1256",
            "UTF16" => "utf-16",
            var other => other,
        };
        encoding = All.FirstOrDefault(e => string.Equals(e.Code, normalised, StringComparison.OrdinalIgnoreCase));
        return encoding is not null;
    }
}
