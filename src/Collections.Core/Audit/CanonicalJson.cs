using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Collections.Core.Audit;

/// <summary>Writes JSON in the JSON Canonicalization Scheme of RFC 8785 (JCS), refusing what JCS would change silently.</summary>
/// <remarks>
/// <para>JCS: no white space; object members sorted by their names' UTF-16 code units; strings escaped as ECMAScript's
/// <c>JSON.stringify</c> does (only <c>"</c>, <c>\</c> and U+0000–U+001F, the latter as <c>\b \t \n \f \r</c> or
/// <c>\u00xx</c>); numbers as ECMAScript prints an IEEE 754 double (<see cref="CanonicalNumber"/>).</para>
/// <para>An audit payload must mean exactly what its writer gave, so three things JCS implementations accept or alter are
/// refused instead: duplicate member names (I-JSON, RFC 7493), strings with unpaired surrogates (they cannot be encoded as
/// UTF-8), and numbers a double cannot hold exactly as written (<c>12345678901234567890</c> would become
/// <c>12345678901234567000</c>): write such values as strings.</para>
/// </remarks>
internal static class CanonicalJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Canonicalises a JSON text; the violations list every reason it was refused, each with its JSON path.</summary>
    public static string? TryCanonicalise(string json, List<string> violations)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            violations.Add("not valid JSON: " + exception.Message);
            return null;
        }

        using (document)
        {
            return TryCanonicalise(document.RootElement, violations);
        }
    }

    /// <summary>Canonicalises a parsed JSON value.</summary>
    public static string? TryCanonicalise(JsonElement element, List<string> violations)
    {
        var builder = new StringBuilder();
        var before = violations.Count;
        Write(element, "$", builder, violations);
        return violations.Count == before ? builder.ToString() : null;
    }

    private static void Write(JsonElement element, string path, StringBuilder builder, List<string> violations)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, path, builder, violations);
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index > 0)
                    {
                        builder.Append(',');
                    }

                    Write(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", builder, violations);
                    index++;
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                if (TryRead(element.GetString, path, violations) is { } text)
                {
                    WriteString(text, path, builder, violations);
                }

                break;
            case JsonValueKind.Number:
                var literal = element.GetRawText();
                if (CanonicalNumber.TryFormat(literal, out var canonical, out var problem))
                {
                    builder.Append(canonical);
                }
                else
                {
                    violations.Add($"{path}: {problem}");
                }

                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteObject(JsonElement element, string path, StringBuilder builder, List<string> violations)
    {
        var members = new List<(string Name, JsonElement Value)>();
        foreach (var property in element.EnumerateObject())
        {
            if (TryRead(() => property.Name, path, violations) is { } name)
            {
                members.Add((name, property.Value));
            }
        }

        // RFC 8785 §3.2.3: sort by the names' UTF-16 code units, which is what ordinal comparison of .NET strings does.
        members.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        builder.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            var name = members[i].Name;
            var memberPath = path + "." + name;
            if (i > 0 && string.Equals(members[i - 1].Name, name, StringComparison.Ordinal))
            {
                violations.Add($"{memberPath}: the member name appears more than once");
                continue;
            }

            if (i > 0)
            {
                builder.Append(',');
            }

            WriteString(name, path, builder, violations);
            builder.Append(':');
            Write(members[i].Value, memberPath, builder, violations);
        }

        builder.Append('}');
    }

    /// <summary>Reads a string or member name; an escaped unpaired surrogate (<c>"\ud800"</c>) makes System.Text.Json throw.</summary>
    private static string? TryRead(Func<string?> read, string path, List<string> violations)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            violations.Add($"{path}: the text contains an unpaired surrogate, which UTF-8 cannot encode");
            return null;
        }
    }

    private static void WriteString(string value, string path, StringBuilder builder, List<string> violations)
    {
        if (!Utf16Text.IsWellFormed(value))
        {
            violations.Add($"{path}: the text contains an unpaired surrogate, which UTF-8 cannot encode");
            return;
        }

        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
