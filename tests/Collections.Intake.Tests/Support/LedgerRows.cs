using System.Globalization;
using System.Text;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace Collections.Intake.Tests;

/// <summary>One generated ledger row: what is written in the file, and what it stands for.</summary>
internal sealed record LedgerRow(string Account, string Item, LocalDate Issued, LocalDate Due, long MinorUnits, int AmountForm, string Phone, bool Disputed, RowDefect Defect);

internal enum RowDefect
{
    None,
    BadAmount,
    BadDate,
    Blank,
}

/// <summary>Generates small ledger files whose expected content is known row by row.</summary>
internal static class LedgerRows
{
    public const string Header = "Account,Name,Mobile,Invoice,Invoice Date,Due Date,Amount,Disputed";

    public static Gen<string> ValidOrInvalidPhone() =>
        Gen.OneOf(
            from national in IntakeGenerators.SaudiMobileNationalNumber()
            from form in Gen.Choose(0, 26)
            select IntakeGenerators.SaudiMobileWritings(national)[form],
            Gen.Elements("05123", "0521234567", "n/a", "لا يوجد", "+999 1", "123", "0"),
            Gen.Constant(string.Empty));

    public static Gen<LedgerRow> Row(int index, Gen<RowDefect> defects) =>
        from account in Gen.Choose(1, 5)
        from issued in IntakeGenerators.IntakeDate()
        from days in Gen.Choose(0, 120)
        from minor in IntakeGenerators.MinorUnits()
        from form in Gen.Choose(0, IntakeGenerators.AmountForms - 1)
        from phone in ValidOrInvalidPhone()
        from disputed in Gen.Elements(true, false)
        from defect in defects
        select new LedgerRow("ACC-" + account.ToString(CultureInfo.InvariantCulture), "INV-" + index.ToString("D6", CultureInfo.InvariantCulture), issued, issued.PlusDays(days), minor, form, phone, disputed, defect);

    /// <summary>One to 25 rows, at least one of them not blank (a file of blank rows is header-only, a file error).</summary>
    public static Gen<LedgerRow[]> Rows(Gen<RowDefect> defects) =>
        Gen.Choose(1, 25)
            .SelectMany(count => Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Row(i, defects))))
            .Select(rows => rows.All(r => r.Defect == RowDefect.Blank) ? [rows[0] with { Defect = RowDefect.None }, .. rows[1..]] : rows);

    public static string Csv(IEnumerable<LedgerRow> rows, DateOrder order)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            if (row.Defect == RowDefect.Blank)
            {
                text.Append(",,,,,,,\n");
                continue;
            }

            var amount = row.Defect == RowDefect.BadAmount ? "12.3.4" : IntakeGenerators.WriteAmount(row.MinorUnits, row.AmountForm);
            var due = row.Defect == RowDefect.BadDate ? "32/13/2024" : Write(row.Due, order);
            text.AppendJoin(',', row.Account, "Name of " + row.Account, Quote(row.Phone), row.Item, Write(row.Issued, order), due, Quote(amount), row.Disputed ? "نعم" : "No").Append('\n');
        }

        return text.ToString();
    }

    public static string Write(LocalDate date, DateOrder order)
    {
        var pattern = order == DateOrder.Iso ? "uuuu'-'MM'-'dd" : order == DateOrder.DayMonthYear ? "dd'/'MM'/'uuuu" : "MM'/'dd'/'uuuu";
        return date.ToString(pattern, CultureInfo.InvariantCulture);
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
}
