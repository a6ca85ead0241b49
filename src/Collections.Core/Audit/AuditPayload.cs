using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Collections.Core.Audit;

/// <summary>The details of an audited action: a JSON object in canonical form (RFC 8785, JSON Canonicalization Scheme).</summary>
/// <remarks>
/// <para>Canonical, so the same details always give the same bytes and the same hash, whichever serializer wrote them:
/// no white space, members sorted by name, numbers and strings in one fixed spelling. Any JCS implementation (there are
/// ones for Java, Go, Python, JavaScript, .NET) reproduces <see cref="Json"/> from the same data.</para>
/// <para>Refused, with every violation and its JSON path: anything but an object at the top; a member name used twice;
/// a string with an unpaired surrogate; a number that an IEEE 754 double cannot hold exactly as written (write large
/// identifiers and exact decimals as strings — money as minor units fits up to 2^53).</para>
/// </remarks>
public sealed record AuditPayload
{
    private AuditPayload(string json) => Json = json;

    /// <summary>The empty object <c>{}</c>.</summary>
    public static AuditPayload Empty { get; } = new("{}");

    /// <summary>The canonical JSON text.</summary>
    public string Json { get; }

    /// <summary>Canonicalises a JSON object given as text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="FormatException">The text is not a JSON object that can be kept exactly; every violation listed.</exception>
    public static AuditPayload Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var violations = new List<string>();
        return TryCanonicalise(json, violations)
            ?? throw new FormatException("The audit payload was refused: " + string.Join("; ", violations) + ".");
    }

    /// <summary>Tries to canonicalise a JSON object given as text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="payload">The payload when the text is acceptable.</param>
    /// <returns><see langword="true"/> when acceptable.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, [NotNullWhen(true)] out AuditPayload? payload)
    {
        payload = json is null ? null : TryCanonicalise(json, []);
        return payload is not null;
    }

    /// <summary>Canonicalises a parsed JSON object.</summary>
    /// <param name="element">The JSON value; it must be an object.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="FormatException">The value is not an object that can be kept exactly; every violation listed.</exception>
    public static AuditPayload From(JsonElement element)
    {
        var violations = new List<string>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            violations.Add($"$: the payload must be a JSON object (got {element.ValueKind})");
        }
        else if (CanonicalJson.TryCanonicalise(element, violations) is { } canonical)
        {
            return new AuditPayload(canonical);
        }

        throw new FormatException("The audit payload was refused: " + string.Join("; ", violations) + ".");
    }

    /// <summary>Canonicalises a JSON object built with <see cref="JsonObject"/>.</summary>
    /// <param name="json">The object.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException">The object is null.</exception>
    /// <exception cref="FormatException">The object cannot be kept exactly; every violation listed.</exception>
    public static AuditPayload From(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(json.ToJsonString());
    }

    /// <summary>The canonical JSON text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Json;

    private static AuditPayload? TryCanonicalise(string json, List<string> violations)
    {
        var canonical = CanonicalJson.TryCanonicalise(json, violations);
        if (canonical is null)
        {
            return null;
        }

        if (canonical.Length == 0 || canonical[0] != '{')
        {
            violations.Add("$: the payload must be a JSON object");
            return null;
        }

        return new AuditPayload(canonical);
    }
}
