using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Collections.Intake;

/// <content>Reading the mapping's lists from JSON: columns, periods, account fields and notes.</content>
public sealed partial record IntakeMapping
{
    private static ImmutableDictionary<ColumnRole, string> ReadColumns(JsonElement root, IntakeShape shape, List<string> violations)
    {
        if (!root.TryGetProperty("columns", out var columns) || columns.ValueKind == JsonValueKind.Null)
        {
            return ImmutableDictionary<ColumnRole, string>.Empty;
        }

        if (columns.ValueKind != JsonValueKind.Object)
        {
            violations.Add("$.columns: must be an object of { role: header }");
            return ImmutableDictionary<ColumnRole, string>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<ColumnRole, string>();
        var allowed = ColumnRole.All.Where(r => r.IsAllowedIn(shape)).Select(r => r.Code).ToArray();
        foreach (var property in columns.EnumerateObject())
        {
            var path = "$.columns." + property.Name;
            if (!ColumnRole.TryFromCode(property.Name, out var role) || !string.Equals(role.Code, property.Name, StringComparison.Ordinal))
            {
                violations.Add($"{path}: unknown column role '{property.Name}'; roles for shape '{shape.Code}' are {string.Join(", ", allowed)}");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                violations.Add($"{path}: must be the column's header text");
                continue;
            }

            if (!result.TryAdd(role, property.Value.GetString()!))
            {
                violations.Add($"{path}: the role appears more than once");
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<WidePeriodColumns> ReadPeriods(JsonElement root, List<string> violations)
    {
        if (!root.TryGetProperty("periods", out var periods) || periods.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (periods.ValueKind != JsonValueKind.Array)
        {
            violations.Add("$.periods: must be an array of { period, status, balance, payment }");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<WidePeriodColumns>();
        var index = 0;
        foreach (var element in periods.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.periods[{index++}]");
            if (element.ValueKind != JsonValueKind.Object)
            {
                violations.Add($"{path}: must be an object {{ period, status, balance, payment }}");
                continue;
            }

            CheckProperties(element, path, PeriodProperties, violations);
            var periodText = ReadString(element, "period", violations, path);
            var status = ReadString(element, "status", violations, path);
            var balance = ReadString(element, "balance", violations, path);
            var payment = ReadString(element, "payment", violations, path);
            YearMonth? period = null;
            if (periodText is not null)
            {
                var parsed = YearMonthPattern.Iso.Parse(periodText);
                if (parsed.Success)
                {
                    period = parsed.Value;
                }
                else
                {
                    violations.Add($"{path}.period: '{periodText}' is not a month written YYYY-MM");
                }
            }
            else
            {
                violations.Add($"{path}.period: missing (YYYY-MM)");
            }

            if (status is null || balance is null)
            {
                violations.Add($"{path}: needs both 'status' and 'balance' column headers");
            }

            if (period is { } month && status is not null && balance is not null)
            {
                result.Add(new WidePeriodColumns(month, status, balance, payment));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<AccountFieldColumn> ReadAccountFields(JsonElement root, List<string> violations)
    {
        if (!root.TryGetProperty("accountFields", out var fields) || fields.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (fields.ValueKind != JsonValueKind.Array)
        {
            violations.Add("$.accountFields: must be an array of { name, column, kind }");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<AccountFieldColumn>();
        var index = 0;
        foreach (var element in fields.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.accountFields[{index++}]");
            if (element.ValueKind != JsonValueKind.Object)
            {
                violations.Add($"{path}: must be an object {{ name, column, kind }}");
                continue;
            }

            CheckProperties(element, path, AccountFieldProperties, violations);
            var name = ReadString(element, "name", violations, path);
            var column = ReadString(element, "column", violations, path);
            var kindText = ReadString(element, "kind", violations, path);
            FieldKind? kind = null;
            if (kindText is not null && !FieldKind.TryFromCode(kindText, out kind))
            {
                violations.Add($"{path}.kind: unknown value '{kindText}'; one of {string.Join(", ", FieldKind.All.Select(k => k.Code))}");
            }

            if (name is null || column is null || kindText is null)
            {
                violations.Add($"{path}: needs 'name', 'column' and 'kind'");
            }

            if (name is not null && column is not null && kind is not null)
            {
                result.Add(new AccountFieldColumn(name, column, kind));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> ReadNotes(JsonElement root, List<string> violations)
    {
        if (!root.TryGetProperty("notes", out var notes) || notes.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (notes.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(notes.GetString()))
        {
            return [notes.GetString()!];
        }

        if (notes.ValueKind != JsonValueKind.Array || notes.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(n.GetString())))
        {
            violations.Add("$.notes: must be a string or an array of non-empty strings");
            return [];
        }

        return [.. notes.EnumerateArray().Select(n => n.GetString()!)];
    }
}
