using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Core;
using Collections.Core.Audit;

namespace Collections.Fees;

/// <summary>The SHA-256 of a statement's lines over their RFC 8785 canonical JSON (the format is in <see cref="FeeStatement"/>'s remarks).</summary>
internal static class FeeStatementHash
{
    public static string Of(Currency currency, ImmutableArray<FeeStatementLine> lines)
    {
        var canonical = AuditPayload.Parse(Json(currency, lines)).Json;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The lines as JSON (any member order: canonicalisation sorts them).</summary>
    public static string Json(Currency currency, ImmutableArray<FeeStatementLine> lines)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (lines.Length * 320));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("currency", currency.Code);
            writer.WriteStartArray("lines");
            foreach (var line in lines)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", line.Number);
                writer.WriteString("kind", line.Kind.Code);
                writer.WriteNumber("fee", line.Fee.MinorUnits);
                Minor(writer, "received", line.Received);
                Minor(writer, "base", line.Base);
                Minor(writer, "limit", line.Limit);
                Text(writer, "payment", line.PaymentId?.Value);
                Text(writer, "account", line.AccountId?.Value);
                Text(writer, "placement", line.PlacementId?.Value);
                Text(writer, "tier", line.Tier);
                Text(writer, "stage", line.Stage?.Value);
                Text(writer, "refers_to_statement", line.RefersToStatement?.Value);
                if (line.RefersToLine is { } referred)
                {
                    writer.WriteNumber("refers_to_line", referred);
                }
                else
                {
                    writer.WriteNull("refers_to_line");
                }

                Text(writer, "date", line.Date is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null);
                Text(writer, "percent", line.Percent is { } percent ? PercentText(percent) : null);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A percentage without trailing zeros, so 12.50 and 12.5 hash alike.</summary>
    public static string PercentText(decimal percent) => percent.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void Minor(Utf8JsonWriter writer, string name, Money? amount)
    {
        if (amount is { } value)
        {
            writer.WriteNumber(name, value.MinorUnits);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
