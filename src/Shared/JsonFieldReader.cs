// Shared source: compiled into Collections.ContactPolicy, Collections.Escalation, Collections.Fees and Collections.Kpi (each csproj links
// this file), so each package has the same internal reader without a public JSON API in Collections.Core.
// docs/decisions/0007-shared-json-field-reader.md says why.
using System.Globalization;
using System.Text.Json;

namespace Collections.Shared;

/// <summary>Reads fields of a JSON file, reporting each violation with its JSON path (<c>$.rules[2].maxAttempts</c>) to a sink
/// instead of stopping at the first, so that a file's author sees every mistake at once.</summary>
/// <remarks>Messages: <c>is required</c>, <c>must be a JSON object (got Array)</c>, <c>unknown field (expected one of: …)</c>,
/// <c>appears twice; keep one</c>, <c>must be non-empty text</c>, <c>must be a whole number</c>, <c>must be true or false</c>,
/// <c>must be a JSON array</c>.</remarks>
internal class JsonFieldReader
{
    private readonly Action<string, string> _add;

    /// <summary>Creates a reader reporting to <paramref name="add"/> (path, message).</summary>
    public JsonFieldReader(Action<string, string> add) => _add = add;

    /// <summary>Reports a violation at a path.</summary>
    public void Add(string path, string message) => _add(path, message);

    /// <summary>Checks that the element is an object, reports properties that appear more than once
    /// (<see cref="CheckRepeated"/>) and properties not in the allowed list (typos such as <c>maxAtempts</c> would otherwise
    /// be ignored), each once.</summary>
    public bool CheckObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"must be a JSON object (got {element.ValueKind})");
            return false;
        }

        CheckRepeated(element, path);
        foreach (var name in element.EnumerateObject().Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Add(path + "." + name, $"unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }

        return true;
    }

    /// <summary>Reports each property name that appears more than once in an object (<c>appears twice; keep one</c>).</summary>
    /// <remarks>System.Text.Json's <see cref="JsonDocument"/> keeps every repeated property and <c>TryGetProperty</c> finds
    /// only one of them, so without this check <c>{ "id": "a", "id": "b" }</c> would be read silently as one of the two.
    /// <see cref="CheckObject"/> calls it; a reader that checks an object's fields another way calls it itself.
    /// (<c>JsonDocumentOptions.AllowDuplicateProperties = false</c> would stop at the first repeat with the parser's message,
    /// not list every mistake with its path.)</remarks>
    public void CheckRepeated(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (counts.TryGetValue(property.Name, out var count))
            {
                counts[property.Name] = count + 1;
            }
            else
            {
                counts.Add(property.Name, 1);
                order.Add(property.Name);
            }
        }

        foreach (var name in order.Where(n => counts[n] > 1))
        {
            var times = counts[name] == 2 ? "twice" : counts[name].ToString(CultureInfo.InvariantCulture) + " times";
            Add(path + "." + name, $"appears {times}; keep one");
        }
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
