using System.Globalization;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Reads one field cell as its declared kind; an unreadable value is an error on the row, an empty one gives none.</summary>
internal static class AccountFieldReader
{
    public static AccountField? Read(CellReader cells, int column, AccountFieldColumn field, Currency currency, AccountId accountId, ref bool ok)
    {
        if (cells.IsEmpty(column))
        {
            return null;
        }

        if (field.Kind == FieldKind.Amount)
        {
            if (!cells.TryReadAmount(column, currency, required: false, out var minor, out var present))
            {
                ok = false;
                return null;
            }

            if (!present)
            {
                return null;
            }

            var money = Money.FromMinorUnits(minor, currency);
            var text = money.Amount.ToString("F" + currency.MinorUnitDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return new AccountField(accountId, field.Name, field.Kind, text) { Amount = money };
        }

        if (field.Kind == FieldKind.WholeNumber)
        {
            if (!cells.TryReadInteger(column, required: false, out var value, out var present, v => IntakeTexts.Render("issue.invalid_integer", ("value", v)), IntakeIssueCode.InvalidInteger))
            {
                ok = false;
                return null;
            }

            return present ? new AccountField(accountId, field.Name, field.Kind, value.ToString(CultureInfo.InvariantCulture)) { WholeNumber = value } : null;
        }

        if (field.Kind == FieldKind.Date)
        {
            if (!cells.TryReadDate(column, required: false, out var date, out var present))
            {
                ok = false;
                return null;
            }

            return present ? new AccountField(accountId, field.Name, field.Kind, IntakeTexts.Describe(date, Language.English)) { Date = date } : null;
        }

        if (field.Kind == FieldKind.Flag)
        {
            if (!cells.TryReadFlag(column, out var flag, out var present))
            {
                ok = false;
                return null;
            }

            return present ? new AccountField(accountId, field.Name, field.Kind, flag ? "true" : "false") { Flag = flag } : null;
        }

        var textValue = cells.ReadText(column);
        return textValue is null ? null : new AccountField(accountId, field.Name, field.Kind, textValue);
    }
}
