using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Collections.Escalation;

/// <summary>The SHA-256 of a document (a signed authorization, a statement of claim, a judgment), as 64 lower-case hexadecimal digits.</summary>
/// <remarks>The document itself is kept by the host (<see cref="IAuthorizationDocumentStore"/> for authorizations); the
/// hash in a case, an authorization and the audit log proves which document it was. Parsing accepts upper-case digits and
/// writes them in lower case; anything but 64 hex digits is refused.</remarks>
public readonly record struct DocumentHash
{
    private DocumentHash(string hex) => Hex = hex;

    /// <summary>The 64 lower-case hexadecimal digits.</summary>
    public string Hex { get; }

    /// <summary>Hashes a document's bytes.</summary>
    /// <param name="content">The document.</param>
    /// <returns>Its SHA-256.</returns>
    public static DocumentHash Of(ReadOnlySpan<byte> content) => new(Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>Hashes a document read from a stream (to its end).</summary>
    /// <param name="content">The document.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Its SHA-256.</returns>
    /// <exception cref="ArgumentNullException">The stream is null.</exception>
    public static async Task<DocumentHash> OfAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>Reads a hash written as 64 hexadecimal digits.</summary>
    /// <param name="text">The digits.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static DocumentHash Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var hash)
            ? hash
            : throw new FormatException($"'{text}' is not a SHA-256: expected 64 hexadecimal digits (got {text.Length} characters).");
    }

    /// <summary>Tries to read a hash written as 64 hexadecimal digits.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="hash">The hash when valid.</param>
    /// <returns><see langword="true"/> when the text is 64 hexadecimal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentHash hash)
    {
        hash = default;
        if (text is not { Length: 64 } || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hash = new DocumentHash(text.ToLowerInvariant());
        return true;
    }

    /// <summary>The 64 lower-case hexadecimal digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Hex ?? string.Empty;
}
