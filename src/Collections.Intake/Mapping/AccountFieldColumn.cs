namespace Collections.Intake;

/// <summary>An extra column to keep as an account field (a credit limit, a country code, a default flag).</summary>
/// <remarks>
/// The value is read and checked as its <see cref="Kind"/> (an amount in the account's currency, a date in the declared
/// order, …); an unreadable value rejects the row like any other cell, an empty one gives no field. An account's
/// field comes from its first accepted row; a different value on a later row is a warning.
/// </remarks>
/// <param name="Name">The field's name in the result, for example <c>credit_limit</c>.</param>
/// <param name="Column">The header of the column that holds it.</param>
/// <param name="Kind">How the value is read and checked.</param>
public sealed record AccountFieldColumn(string Name, string Column, FieldKind Kind);
