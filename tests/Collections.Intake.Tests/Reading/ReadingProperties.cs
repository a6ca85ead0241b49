using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Intake.Tests.Reading;

/// <summary>The rules of a read as properties over generated ledger files: nothing valid is rejected, nothing is dropped
/// without a report line, strict mode is all or nothing.</summary>
public sealed class ReadingProperties
{
    private static readonly Gen<RowDefect> NoDefects = Gen.Constant(RowDefect.None);

    private static readonly Gen<RowDefect> SomeDefects = Gen.Frequency(
        (6, Gen.Constant(RowDefect.None)), (1, Gen.Constant(RowDefect.BadAmount)), (1, Gen.Constant(RowDefect.BadDate)), (1, Gen.Constant(RowDefect.Blank)));

    private static int RowNumber(int index) => index + 2; // the header is row 1

    [Property(MaxTest = 60)]
    public Property A_valid_row_is_never_rejected() =>
        Prop.ForAll(LedgerRows.Rows(NoDefects).ToArbitrary(), Gen.Elements(DateOrder.All.ToArray()).ToArbitrary(), (rows, order) =>
        {
            var result = Intake.ReadCsv(LedgerRows.Csv(rows, order), Intake.Ledger(order));
            var items = result.Portfolio!.Items;
            return (result.Report.RowsRejected == 0
                    && items.Length == rows.Length
                    && items.Select(i => i.Amount.MinorUnits).SequenceEqual(rows.Select(r => r.MinorUnits))
                    && items.Select(i => (i.IssuedOn, i.DueOn, i.IsDisputed)).SequenceEqual(rows.Select(r => ((LocalDate?)r.Issued, r.Due, r.Disputed))))
                .Label(result.Report.ToString());
        });

    [Property(MaxTest = 60)]
    public Property An_invalid_phone_never_drops_its_row() =>
        Prop.ForAll(LedgerRows.Rows(NoDefects).ToArbitrary(), rows =>
        {
            var result = Intake.ReadCsv(LedgerRows.Csv(rows, DateOrder.Iso), Intake.Ledger());
            var portfolio = result.Portfolio!;
            var everyPhoneKept = rows.Where(r => r.Phone.Length > 0).GroupBy(r => r.Account).All(group =>
                portfolio.TryGetDebtor(new DebtorId(group.Key), out var debtor) && debtor.ContactPoints.Length >= 1);
            var invalidOnesWarned = portfolio.Debtors.SelectMany(d => d.ContactPoints).Count(c => c.Status == ContactPointStatus.Invalid)
                == result.Report.Warnings.Count(w => w.Code == IntakeIssueCode.InvalidPhone);
            return (result.Report.RowsRejected == 0 && portfolio.Items.Length == rows.Length && everyPhoneKept && invalidOnesWarned).Label(result.Report.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Every_row_is_accepted_rejected_with_a_reason_or_counted_blank() =>
        Prop.ForAll(LedgerRows.Rows(SomeDefects).ToArbitrary(), rows =>
        {
            var report = Intake.ReadCsv(LedgerRows.Csv(rows, DateOrder.DayMonthYear), Intake.Ledger(DateOrder.DayMonthYear)).Report;
            var defective = rows.Select((r, i) => (r, i)).Where(x => x.r.Defect is RowDefect.BadAmount or RowDefect.BadDate).Select(x => RowNumber(x.i));
            return (report.RowsRead == rows.Length
                    && report.RowsAccepted + report.RowsRejected + report.BlankRowsSkipped == report.RowsRead
                    && report.BlankRowsSkipped == rows.Count(r => r.Defect == RowDefect.Blank)
                    && report.RejectedRows.SequenceEqual(defective)
                    && report.Errors.All(e => e.Column is "Amount" or "Due Date" && e.Value is not null))
                .Label(report.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Rejected_rows_leave_nothing_in_the_portfolio() =>
        Prop.ForAll(LedgerRows.Rows(SomeDefects).ToArbitrary(), rows =>
        {
            var portfolio = Intake.ReadCsv(LedgerRows.Csv(rows, DateOrder.Iso), Intake.Ledger()).Portfolio!;
            var expected = rows.Where(r => r.Defect == RowDefect.None).Select(r => r.Item);
            var accountsWithAcceptedRows = rows.Where(r => r.Defect == RowDefect.None).Select(r => r.Account).Distinct().Order(StringComparer.Ordinal);
            return portfolio.Items.Select(i => i.Id.Value).SequenceEqual(expected)
                && portfolio.Accounts.Select(a => a.Id.Value).Order(StringComparer.Ordinal).SequenceEqual(accountsWithAcceptedRows);
        });

    [Property(MaxTest = 60)]
    public Property Strict_mode_gives_a_portfolio_exactly_when_no_row_is_rejected() =>
        Prop.ForAll(LedgerRows.Rows(SomeDefects).ToArbitrary(), rows =>
        {
            var csv = LedgerRows.Csv(rows, DateOrder.Iso);
            var strict = Intake.ReadCsv(csv, Intake.Ledger(), new IntakeOptions { Strict = true });
            var lenient = Intake.ReadCsv(csv, Intake.Ledger());
            var anyRejected = rows.Any(r => r.Defect is RowDefect.BadAmount or RowDefect.BadDate);
            return strict.IsAccepted == !anyRejected
                && lenient.IsAccepted
                && strict.Report.Errors.Select(e => e.ToString()).SequenceEqual(lenient.Report.Errors.Select(e => e.ToString()));
        });
}
