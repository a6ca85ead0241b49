using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>A value from an extra column the mapping asked to keep for an account (see <see cref="AccountFieldColumn"/>).</summary>
/// <remarks>Exactly one of <see cref="Amount"/>, <see cref="WholeNumber"/>, <see cref="Date"/>, <see cref="Flag"/> is set for the
/// matching <see cref="Kind"/>; <see cref="Text"/> always holds the normalised value written invariantly
/// (<c>500000.00</c>, <c>2013-04-06</c>, <c>true</c>).</remarks>
public sealed record AccountField
{
    /// <summary>Creates an field value.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="name">The field's name from the mapping.</param>
    /// <param name="kind">How it was read.</param>
    /// <param name="text">The normalised value, written invariantly.</param>
    /// <exception cref="ArgumentException">The name or text is empty.</exception>
    public AccountField(AccountId accountId, string name, FieldKind kind, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(text);
        AccountId = accountId;
        Name = name;
        Kind = kind;
        Text = text;
    }

    /// <summary>The account.</summary>
    public AccountId AccountId { get; }

    /// <summary>The field's name from the mapping, for example <c>credit_limit</c>.</summary>
    public string Name { get; }

    /// <summary>How the value was read.</summary>
    public FieldKind Kind { get; }

    /// <summary>The normalised value, written invariantly.</summary>
    public string Text { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="FieldKind.Amount"/>.</summary>
    public Money? Amount { get; init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="FieldKind.WholeNumber"/>.</summary>
    public long? WholeNumber { get; init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="FieldKind.Date"/>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="FieldKind.Flag"/>.</summary>
    public bool? Flag { get; init; }

    /// <summary>The field as <c>name=text</c>.</summary>
    /// <returns>For example <c>credit_limit=500000.00</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{AccountId}: {Name}={Text}");
}
