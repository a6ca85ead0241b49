using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>How an extra column kept as an account field is read and checked.</summary>
/// <remarks>AccountFields are columns the portfolio model has no field for (a credit limit, a country code, a default flag) that the
/// mapping asks to keep; they are normalised and checked like any other cell of their kind.</remarks>
public sealed class FieldKind : SmartEnum<FieldKind>
{
    /// <summary>Text, trimmed (code <c>text</c>).</summary>
    public static readonly FieldKind Text = new("text", 1);

    /// <summary>A whole number (code <c>integer</c>).</summary>
    public static readonly FieldKind WholeNumber = new("integer", 2);

    /// <summary>An amount in the account's currency (code <c>amount</c>).</summary>
    public static readonly FieldKind Amount = new("amount", 3);

    /// <summary>A date in the declared order and calendar (code <c>date</c>).</summary>
    public static readonly FieldKind Date = new("date", 4);

    /// <summary>A yes/no flag (code <c>flag</c>).</summary>
    public static readonly FieldKind Flag = new("flag", 5);

    private FieldKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>amount</c>.</summary>
    public string Code => Name;

    /// <summary>Every kind, ordered by value.</summary>
    public static IReadOnlyList<FieldKind> All { get; } = [Text, WholeNumber, Amount, Date, Flag];

    /// <summary>Looks up a kind by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>flag</c>.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out FieldKind? kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }
}
