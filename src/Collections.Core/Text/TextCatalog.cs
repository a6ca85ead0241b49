using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Collections.Core;

/// <summary>A read-only set of bilingual texts by key, loaded from a JSON document.</summary>
/// <remarks>
/// The JSON shape is <c>{ "key": { "en": "…", "ar": "…" }, … }</c>. Each package embeds its own catalogue so
/// that Arabic wording is reviewed as data in one file; hosts can load their own catalogue to override it.
/// </remarks>
public sealed class TextCatalog
{
    private readonly FrozenDictionary<string, BilingualText> _texts;

    private TextCatalog(FrozenDictionary<string, BilingualText> texts) => _texts = texts;

    /// <summary>The keys in the catalogue.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>The text with the given key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">No text has that key.</exception>
    public BilingualText this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No text with key '{key}' in the catalogue.");

    /// <summary>Reads a catalogue from JSON.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="FormatException">The JSON is not of the expected shape, or a key (or a text's <c>en</c> or <c>ar</c>)
    /// appears twice; the message names the key.</exception>
    public static TextCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var texts = new Dictionary<string, BilingualText>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A text catalogue must be a JSON object of { key: { en, ar } }.");
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            // JsonDocument keeps repeated keys; without this check the last one would silently replace the first.
            if (texts.ContainsKey(property.Name))
            {
                throw new FormatException($"Text '{property.Name}' appears twice; keep one.");
            }

            if (property.Value.ValueKind == JsonValueKind.Object
                && property.Value.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                throw new FormatException($"Text '{property.Name}': '{repeated.Key}' appears twice; keep one.");
            }

            if (property.Value.ValueKind != JsonValueKind.Object
                || !property.Value.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String
                || !property.Value.TryGetProperty("ar", out var ar) || ar.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Text '{property.Name}' must have string properties 'en' and 'ar'.");
            }

            texts[property.Name] = new BilingualText(en.GetString()!, ar.GetString()!);
        }

        return new TextCatalog(texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Reads a catalogue embedded in an assembly.</summary>
    /// <param name="assembly">The assembly holding the resource.</param>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    public static TextCatalog FromEmbeddedResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Resource '{resourceName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The text with the given key, its <c>{name}</c> placeholders filled in both languages.</summary>
    /// <param name="key">The key.</param>
    /// <param name="arguments">The placeholder values (see <see cref="TextArgument"/>); an argument the text does not use is
    /// ignored.</param>
    /// <returns>The filled text.</returns>
    /// <exception cref="KeyNotFoundException">No text has that key; the message names the key.</exception>
    /// <exception cref="ArgumentException">A placeholder of the text has no argument, or two arguments have the same name; the
    /// message names the key and the placeholder.</exception>
    /// <example><c>catalog.Format("attempts", TextArgument.Of("n", 7))</c> fills <c>"{n} attempts"</c> / <c>"{n} محاولات"</c>
    /// as <c>"7 attempts"</c> / <c>"7 محاولات"</c>.</example>
    public BilingualText Format(string key, params ReadOnlySpan<TextArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        return this[key].Fill(arguments, key);
    }

    /// <summary>Looks up a text.</summary>
    /// <param name="key">The key.</param>
    /// <param name="text">The text when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BilingualText? text) =>
        _texts.TryGetValue(key, out text);
}
