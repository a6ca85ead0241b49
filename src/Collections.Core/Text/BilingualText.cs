using System.Buffers;

namespace Collections.Core;

/// <summary>A text in English and in Arabic, for reasons, titles and reports.</summary>
/// <remarks>Arabic is data, not code: texts come from embedded catalogues (<see cref="TextCatalog"/>) or from the host.</remarks>
public sealed record BilingualText
{
    private static readonly SearchValues<char> NotInPlaceholders = SearchValues.Create("{ \t\r\n");

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

    /// <summary>Fills the <c>{name}</c> placeholders of both languages, each with the argument's value in that language.</summary>
    /// <param name="arguments">The values; an argument the text does not use is ignored (a counted noun's singular form may
    /// not show the number).</param>
    /// <returns>A new text with every placeholder filled.</returns>
    /// <exception cref="ArgumentException">A placeholder of the text has no argument, or two arguments have the same name;
    /// the message names the placeholder.</exception>
    public BilingualText Format(params ReadOnlySpan<TextArgument> arguments) => Fill(arguments, key: null);

    /// <summary>Fills the placeholders; <paramref name="key"/> names the text in error messages.</summary>
    internal BilingualText Fill(ReadOnlySpan<TextArgument> arguments, string? key)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.Name is null)
            {
                throw new ArgumentException($"{Describe(key)} was given a default TextArgument; create arguments with TextArgument.Of.", nameof(arguments));
            }

            if (!names.Add(argument.Name))
            {
                throw new ArgumentException($"{Describe(key)} was given two arguments named '{argument.Name}'.", nameof(arguments));
            }
        }

        foreach (var (template, language) in new[] { (English, "English"), (Arabic, "Arabic") })
        {
            if (MissingPlaceholder(template, names) is { } missing)
            {
                throw new ArgumentException(
                    $"{Describe(key)} has the placeholder {{{missing}}} in its {language} form but no argument named '{missing}' was given.",
                    nameof(arguments));
            }
        }

        var english = English;
        var arabic = Arabic;
        foreach (var argument in arguments)
        {
            english = english.Replace("{" + argument.Name + "}", argument.English, StringComparison.Ordinal);
            arabic = arabic.Replace("{" + argument.Name + "}", argument.Arabic, StringComparison.Ordinal);
        }

        return new BilingualText(english, arabic);
    }

    /// <summary>The English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;

    private static string Describe(string? key) => key is null ? "The text" : $"Text '{key}'";

    /// <summary>The first <c>{name}</c> placeholder of the template without an argument, if any.</summary>
    private static string? MissingPlaceholder(string template, HashSet<string> names)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = template.IndexOf('}', start + 1);
            if (end < 0)
            {
                return null;
            }

            var name = template.AsSpan(start + 1, end - start - 1);
            if (name.Length > 0 && name.IndexOfAny(NotInPlaceholders) < 0 && !names.Contains(name.ToString()))
            {
                return name.ToString();
            }

            start = template.IndexOf('{', start + 1);
        }

        return null;
    }
}
