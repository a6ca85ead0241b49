using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Collections.Core;

namespace Collections.Fees;

/// <summary>The SHA-256 of a statement's lines over their RFC 8785 canonical JSON (the format is in <see cref="FeeStatement"/>'s remarks).</summary>
/// <remarks>
/// The canonical text is written directly — members already in RFC 8785 order (sorted by UTF-16 code units), strings
/// escaped as RFC 8785 says (only <c>"</c>, <c>\</c> and control characters), integers in plain digits — rather than
/// built and re-canonicalised, so hashing a statement of 100,000 lines costs one pass. A test checks the text against
/// Collections.Core's general canonicaliser (<c>AuditPayload</c>) on generated statements.
/// </remarks>
internal static class FeeStatementHash
{
    /// <summary>The largest integer an IEEE 754 double (and so RFC 8785) holds exactly: 2^53.</summary>
    private const long ExactIntegerLimit = 9_007_199_254_740_992;

    public static string Of(Currency currency, ImmutableArray<FeeStatementLine> lines)
    {
        var canonical = CanonicalJson(currency, lines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The canonical JSON of <c>{"currency", "lines"}</c>.</summary>
    public static string CanonicalJson(Currency currency, ImmutableArray<FeeStatementLine> lines)
    {
        var json = new StringBuilder(64 + (lines.Length * 330));
        json.Append("{\"currency\":");
        String(json, currency.Code);
        json.Append(",\"lines\":[");
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            json.Append(i == 0 ? "{" : ",{");
            Member(json, "account", line.AccountId?.Value, first: true);
            Member(json, "base", line.Base);
            Member(json, "date", line.Date is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null);
            Member(json, "fee", line.Fee);
            Member(json, "kind", line.Kind.Code);
            Member(json, "limit", line.Limit);
            Member(json, "number", (long)line.Number);
            Member(json, "payment", line.PaymentId?.Value);
            Member(json, "percent", line.Percent is { } percent ? PercentText(percent) : null);
            Member(json, "placement", line.PlacementId?.Value);
            Member(json, "received", line.Received);
            Member(json, "refers_to_line", (long?)line.RefersToLine);
            Member(json, "refers_to_statement", line.RefersToStatement?.Value);
            Member(json, "stage", line.Stage?.Value);
            Member(json, "tier", line.Tier);
            json.Append('}');
        }

        return json.Append("]}").ToString();
    }

    /// <summary>A percentage without trailing zeros, so 12.50 and 12.5 hash alike.</summary>
    public static string PercentText(decimal percent) => percent.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void Member(StringBuilder json, string name, string? value, bool first = false)
    {
        Name(json, name, first);
        if (value is null)
        {
            json.Append("null");
        }
        else
        {
            String(json, value);
        }
    }

    private static void Member(StringBuilder json, string name, Money? amount) => Member(json, name, amount?.MinorUnits);

    private static void Member(StringBuilder json, string name, long? value)
    {
        Name(json, name, first: false);
        if (value is not { } number)
        {
            json.Append("null");
            return;
        }

        if (number > ExactIntegerLimit || number < -ExactIntegerLimit)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A statement line's {name} of {number} minor units is beyond 2^53, which RFC 8785 JSON cannot hold exactly."));
        }

        json.Append(number.ToString(CultureInfo.InvariantCulture));
    }

    private static void Name(StringBuilder json, string name, bool first)
    {
        if (!first)
        {
            json.Append(',');
        }

        json.Append('"').Append(name).Append("\":");
    }

    /// <summary>A JSON string as RFC 8785 writes it: <c>"</c> and <c>\</c> escaped, control characters as \b \t \n \f \r or \u00xx, everything else as is.</summary>
    private static void String(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\t': json.Append("\\t"); break;
                case '\n': json.Append("\\n"); break;
                case '\f': json.Append("\\f"); break;
                case '\r': json.Append("\\r"); break;
                case < ' ': json.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }

        json.Append('"');
    }
}
