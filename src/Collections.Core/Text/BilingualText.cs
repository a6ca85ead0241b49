namespace Collections.Core;

/// <summary>A text in English and in Arabic, for reasons, titles and reports.</summary>
/// <remarks>Arabic is data, not code: texts come from embedded catalogues (<see cref="TextCatalog"/>) or from the host.</remarks>
public sealed record BilingualText
{
    /// <summary>Creates a text in both languages.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="arabic">The Arabic text.</param>
    /// <exception cref="ArgumentException">Either text is empty.</exception>
    public BilingualText(string english, string arabic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(arabic);
        English = english;
        Arabic = arabic;
    }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>The Arabic text.</summary>
    public string Arabic { get; }

    /// <summary>The text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string In(Language language) => language == Language.Arabic ? Arabic : English;

    /// <summary>Fills <c>{name}</c> placeholders in both languages with invariant-formatted values.</summary>
    /// <param name="values">Placeholder names and values.</param>
    /// <returns>A new text with the placeholders replaced.</returns>
    public BilingualText Format(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var english = English;
        var arabic = Arabic;
        foreach (var (name, value) in values)
        {
            english = english.Replace("{" + name + "}", value, StringComparison.Ordinal);
            arabic = arabic.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return new BilingualText(english, arabic);
    }

    /// <summary>The English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
