using System.Buffers;
using NodaTime;

namespace Collections.Core;

/// <summary>A value for one <c>{name}</c> placeholder of a <see cref="BilingualText"/>, given in English and in Arabic.</summary>
/// <remarks>
/// <para>Numbers, amounts and dates are written invariantly (see <see cref="InvariantText"/>), so the same figures appear in
/// both languages and nothing depends on the current culture. A bilingual value (a channel's title, a list of reasons) fills
/// each language with its own text.</para>
/// <para>Used with <see cref="TextCatalog.Format(string, ReadOnlySpan{TextArgument})"/> and
/// <see cref="BilingualText.Format(ReadOnlySpan{TextArgument})"/>.</para>
/// </remarks>
public readonly record struct TextArgument
{
    private static readonly SearchValues<char> NotInNames = SearchValues.Create("{} \t\r\n");

    /// <summary>Creates a value for a placeholder.</summary>
    /// <param name="name">The placeholder's name, without braces (<c>n</c> fills <c>{n}</c>).</param>
    /// <param name="english">The value in the English text.</param>
    /// <param name="arabic">The value in the Arabic text.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or holds a brace or white space.</exception>
    /// <exception cref="ArgumentNullException">A value is <see langword="null"/>.</exception>
    public TextArgument(string name, string english, string arabic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.AsSpan().IndexOfAny(NotInNames) >= 0)
        {
            throw new ArgumentException($"Placeholder name '{name}' must not contain braces or white space.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(arabic);
        Name = name;
        English = english;
        Arabic = arabic;
    }

    /// <summary>The placeholder's name, without braces.</summary>
    public string Name { get; }

    /// <summary>The value in the English text.</summary>
    public string English { get; }

    /// <summary>The value in the Arabic text.</summary>
    public string Arabic { get; }

    /// <summary>The same text in both languages (an identifier, a code, a value already formatted invariantly).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The argument.</returns>
    public static TextArgument Of(string name, string value) => new(name, value, value);

    /// <summary>A bilingual value: each language gets its own text.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="text">The value.</param>
    /// <returns>The argument.</returns>
    public static TextArgument Of(string name, BilingualText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(name, text.English, text.Arabic);
    }

    /// <summary>A whole number with Latin digits and no group separator (<see cref="InvariantText.Number(long)"/>).</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The number.</param>
    /// <returns>The argument.</returns>
    public static TextArgument Of(string name, long value) => Of(name, InvariantText.Number(value));

    /// <summary>An amount with its currency code (<see cref="InvariantText.Amount(Money)"/>), for example <c>1,234.50 SAR</c>.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The argument.</returns>
    public static TextArgument Of(string name, Money money) => Of(name, InvariantText.Amount(money));

    /// <summary>An ISO date (<see cref="InvariantText.Date(LocalDate)"/>), for example <c>2026-03-20</c>.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The argument.</returns>
    public static TextArgument Of(string name, LocalDate date) => Of(name, InvariantText.Date(date));

    /// <summary>Bilingual items joined with each language's list separator: <c>", "</c> in English, <c>"، "</c> in Arabic.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="items">The items, in order; none gives empty text.</param>
    /// <returns>The argument.</returns>
    public static TextArgument List(string name, IEnumerable<BilingualText> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return new(name, string.Join(", ", list.Select(i => i.English)), string.Join("، ", list.Select(i => i.Arabic)));
    }
}
