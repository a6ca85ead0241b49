// Shared source: compiled into Collections.ContactPolicy, Collections.Escalation, Collections.Fees and Collections.Kpi (each csproj links
// this file), so each package has the same internal reader without a public JSON API in Collections.Core.
// docs/decisions/0007-shared-json-field-reader.md says why.
using System.Globalization;
using System.Text.Json;

namespace Collections.Shared;

/// <summary>Reads fields of a JSON file, reporting each violation with its JSON path (<c>$.rules[2].maxAttempts</c>) to a sink
/// instead of stopping at the first, so that a file's author sees every mistake at once.</summary>
/// <remarks>Messages: <c>is required</c>, <c>must be a JSON object (got Array)</c>, <c>unknown field (expected one of: …)</c>,
/// <c>must be non-empty text</c>, <c>must be a whole number</c>, <c>must be true or false</c>, <c>must be a JSON array</c>.</remarks>
internal class JsonFieldReader
{
    private readonly Action<string, string> _add;

    /// <summary>Creates a reader reporting to <paramref name="add"/> (path, message).</summary>
    public JsonFieldReader(Action<string, string> add) => _add = add;

    /// <summary>Reports a violation at a path.</summary>
    public void Add(string path, string message) => _add(path, message);

    /// <summary>Checks that the element is an object and reports properties not in the allowed list (typos such as
    /// <c>maxAtempts</c> would otherwise be ignored).</summary>
    public bool CheckObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"must be a JSON object (got {element.ValueKind})");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(path + "." + property.Name, $"unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }

        return true;
    }

    /// <summary>Whether the property is there and not <c>null</c>; when it is missing and required, reports <c>is required</c>.</summary>
    public bool Present(JsonElement element, string name, string path, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Add(path + "." + name, "is required");
        }

        return false;
    }

    /// <summary>A non-empty string property.</summary>
    public string? String(JsonElement element, string name, string path, bool required)
    {
        if (!Present(element, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Add(path + "." + name, "must be non-empty text");
            return null;
        }

        return value.GetString();
    }

    /// <summary>A whole-number property (32 bits); <paramref name="message"/> says what is expected when it is not one.</summary>
    public int? Integer(JsonElement element, string name, string path, bool required, string message = "must be a whole number")
    {
        if (!Present(element, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Add(path + "." + name, message);
            return null;
        }

        return number;
    }

    /// <summary>An optional true/false property.</summary>
    public bool? Boolean(JsonElement element, string name, string path)
    {
        if (!Present(element, name, path, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add(path + "." + name, "must be true or false");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>Reads an array property, calling <paramref name="item"/> with each element and its path (<c>…name[i]</c>);
    /// elements it returns <see langword="null"/> for are left out (it reported why).</summary>
    public List<T> Array<T>(JsonElement element, string name, string path, bool required, Func<JsonElement, string, T?> item)
        where T : class
    {
        var list = new List<T>();
        Each(element, name, path, required, (entry, entryPath) =>
        {
            if (item(entry, entryPath) is { } parsed)
            {
                list.Add(parsed);
            }
        });
        return list;
    }

    /// <summary>Reads an array of values, calling <paramref name="item"/> with each element and its path; elements it returns
    /// <see langword="null"/> for are left out (it reported why).</summary>
    public List<T> Values<T>(JsonElement element, string name, string path, bool required, Func<JsonElement, string, T?> item)
        where T : struct
    {
        var list = new List<T>();
        Each(element, name, path, required, (entry, entryPath) =>
        {
            if (item(entry, entryPath) is { } parsed)
            {
                list.Add(parsed);
            }
        });
        return list;
    }

    private void Each(JsonElement element, string name, string path, bool required, Action<JsonElement, string> each)
    {
        if (!Present(element, name, path, required, out var value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(path + "." + name, "must be a JSON array");
            return;
        }

        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            each(entry, path + "." + name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            index++;
        }
    }
}
