using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Collections.Core;
using NodaTime;
using NodaTime.Text;

namespace Collections.Intake;

/// <content>Reading a mapping from JSON, with every bad field named by its JSON path.</content>
public sealed partial record IntakeMapping
{
    private static readonly string[] RootProperties =
    [
        "$schema", "$comment", "shape", "creditorId", "currency", "encoding", "delimiter", "sheet", "headerRow", "decimalSeparator", "dateOrder",
        "calendar", "excelSerialDates", "phoneRegion", "statusUnit", "recogniseHeaders", "columns", "periods", "accountFields", "notes",
    ];

    private static readonly string[] PeriodProperties = ["period", "status", "balance", "payment"];
    private static readonly string[] AccountFieldProperties = ["name", "column", "kind"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a mapping from a JSON file.</summary>
    /// <param name="path">The mapping file (UTF-8 JSON; comments and trailing commas allowed).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IntakeMappingException">The JSON is malformed or describes no valid mapping; every bad field is named.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IntakeMapping Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParseFrom(File.ReadAllText(path, System.Text.Encoding.UTF8), $"'{path}'");
    }

    /// <summary>Reads a mapping from JSON text.</summary>
    /// <param name="json">The JSON document (comments and trailing commas allowed).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="IntakeMappingException">The JSON is malformed or describes no valid mapping; every bad field is named.</exception>
    public static IntakeMapping Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseFrom(json, "(JSON text)");
    }

    /// <summary>Tries to read a mapping from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="mapping">The mapping when valid.</param>
    /// <param name="violations">Every problem, each starting with its JSON path; empty when valid.</param>
    /// <returns><see langword="true"/> when the JSON describes a valid mapping.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out IntakeMapping? mapping, out IReadOnlyList<string> violations)
    {
        if (json is null)
        {
            mapping = null;
            violations = ["$: no JSON was given"];
            return false;
        }

        var found = new List<string>();
        mapping = Read(json, found);
        violations = found;
        if (found.Count > 0)
        {
            mapping = null;
            return false;
        }

        return mapping is not null;
    }

    private static IntakeMapping ParseFrom(string json, string source)
    {
        var violations = new List<string>();
        var mapping = Read(json, violations);
        if (violations.Count > 0 || mapping is null)
        {
            throw new IntakeMappingException(source, violations);
        }

        return mapping;
    }

    private static IntakeMapping? Read(string json, List<string> violations)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            violations.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"$: not valid JSON at line {(exception.LineNumber ?? 0) + 1}, position {(exception.BytePositionInLine ?? 0) + 1}: {exception.Message}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                violations.Add("$: a mapping must be a JSON object");
                return null;
            }

            CheckProperties(root, "$", RootProperties, violations);
            var shape = ReadCode<IntakeShape>(root, "shape", IntakeShape.TryFromCode, IntakeShape.All.Select(s => s.Code), violations, required: true);
            if (shape is null)
            {
                return null;
            }

            var mapping = new IntakeMapping(shape)
            {
                CreditorId = ReadCreditor(root, violations),
                Currency = ReadCurrency(root, violations),
                Encoding = ReadCode<IntakeEncoding>(root, "encoding", IntakeEncoding.TryFromCode, IntakeEncoding.All.Select(e => e.Code), violations),
                Delimiter = ReadChar(root, "delimiter", violations),
                SheetName = ReadString(root, "sheet", violations),
                HeaderRow = ReadPositiveInteger(root, "headerRow", violations),
                DecimalSeparator = ReadChar(root, "decimalSeparator", violations) ?? '.',
                DateOrder = ReadCode<DateOrder>(root, "dateOrder", DateOrder.TryFromCode, DateOrder.All.Select(o => o.Code), violations),
                Calendar = ReadCalendar(root, violations),
                ExcelSerialDates = ReadBool(root, "excelSerialDates", violations),
                PhoneRegion = ReadString(root, "phoneRegion", violations)?.ToUpperInvariant(),
                StatusUnit = ReadCode<StatusUnit>(root, "statusUnit", StatusUnit.TryFromCode, StatusUnit.All.Select(u => u.Code), violations),
                RecogniseHeaders = ReadBool(root, "recogniseHeaders", violations) ?? true,
                Columns = ReadColumns(root, shape, violations),
                Periods = ReadPeriods(root, violations),
                AccountFields = ReadAccountFields(root, violations),
                Notes = ReadNotes(root, violations),
            };

            foreach (var violation in mapping.Validate())
            {
                violations.Add("$: " + violation);
            }

            return mapping;
        }
    }

    private static void CheckProperties(JsonElement element, string path, string[] known, List<string> violations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                violations.Add($"{path}.{property.Name}: the property appears more than once");
            }

            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                violations.Add($"{path}.{property.Name}: unknown property; known properties are {string.Join(", ", known.Where(k => k[0] != '$'))}");
            }
        }
    }

    private delegate bool TryFromCode<T>(string? code, [NotNullWhen(true)] out T? value);

    private static T? ReadCode<T>(JsonElement root, string name, TryFromCode<T> tryFromCode, IEnumerable<string> codes, List<string> violations, bool required = false)
        where T : class
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                violations.Add($"$.{name}: missing; one of {string.Join(", ", codes)}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            violations.Add($"$.{name}: must be a string, one of {string.Join(", ", codes)}");
            return null;
        }

        var text = value.GetString();
        if (!tryFromCode(text, out var result))
        {
            violations.Add($"$.{name}: unknown value '{text}'; one of {string.Join(", ", codes)}");
            return null;
        }

        return result;
    }

    private static string? ReadString(JsonElement element, string name, List<string> violations, string path = "$")
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            violations.Add($"{path}.{name}: must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    private static char? ReadChar(JsonElement root, string name, List<string> violations)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || text.Length != 1)
        {
            violations.Add($"$.{name}: must be a string of one character (\"\\t\" for tab)");
            return null;
        }

        return text[0];
    }

    private static int? ReadPositiveInteger(JsonElement root, string name, List<string> violations)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 1)
        {
            violations.Add($"$.{name}: must be a whole number from 1");
            return null;
        }

        return number;
    }

    private static bool? ReadBool(JsonElement root, string name, List<string> violations)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is not JsonValueKind.True and not JsonValueKind.False)
        {
            violations.Add($"$.{name}: must be true or false");
            return null;
        }

        return value.GetBoolean();
    }

    private static CreditorId? ReadCreditor(JsonElement root, List<string> violations)
    {
        var text = ReadString(root, "creditorId", violations);
        if (text is null)
        {
            return null;
        }

        if (!Core.CreditorId.TryCreate(text, out var id))
        {
            violations.Add($"$.creditorId: '{text}' has leading or trailing white space");
            return null;
        }

        return id;
    }

    private static Currency? ReadCurrency(JsonElement root, List<string> violations)
    {
        var text = ReadString(root, "currency", violations);
        if (text is null)
        {
            return null;
        }

        if (!Core.Currency.TryFromCode(text, out var currency))
        {
            violations.Add($"$.currency: '{text}' is not a known ISO 4217 currency code");
            return null;
        }

        return currency;
    }

    private static CalendarSystem? ReadCalendar(JsonElement root, List<string> violations)
    {
        var text = ReadString(root, "calendar", violations);
        return text?.ToUpperInvariant() switch
        {
            null => null,
            "GREGORIAN" or "ISO" => CalendarSystem.Iso,
            "UMM-AL-QURA" or "UMMALQURA" or "HIJRI" => CalendarSystem.UmAlQura,
            _ => Invalid(),
        };

        CalendarSystem? Invalid()
        {
            violations.Add($"$.calendar: unknown value '{text}'; one of gregorian, umm-al-qura");
            return null;
        }
    }
}
