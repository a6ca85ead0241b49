using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>Reads a long snapshot file: one row per account and period (account, period, status, balance, optional payment).</summary>
/// <remarks>An account with two rows for the same period rejects the later row, naming the first. The status is days or months
/// past due as declared; month statuses keep their text on the snapshot.</remarks>
internal sealed class LongSnapshotReader(CellReader cells, ColumnLayout layout, IntakeSettings settings) : ShapeReader(cells, layout, settings)
{
    private readonly Dictionary<(string Account, YearMonth Period), int> _periodRows = [];
    private readonly Dictionary<string, string> _statusTexts = new(StringComparer.Ordinal);

    public override void ReadRow()
    {
        Span<char> accountBuffer = stackalloc char[IdentifierBufferLength];
        Span<char> debtorBuffer = stackalloc char[IdentifierBufferLength];
        var accountKey = Cells.ReadIdentifier(Layout[ColumnRole.Account], accountBuffer, required: true);
        var debtorKey = Cells.ReadIdentifier(Layout[ColumnRole.Debtor], debtorBuffer, required: false);
        var currency = ReadCurrency();
        var periodColumn = Layout[ColumnRole.Period];
        var statusColumn = Layout[ColumnRole.Status];
        var periodOk = SnapshotCells.TryReadPeriod(Cells, periodColumn, Cells.Source, out var period);
        var unit = Settings.StatusUnit!;
        SnapshotCells.TryReadStatus(Cells, statusColumn, unit, out var daysPastDue);
        long balance = 0, payment = 0;
        var hasPayment = false;
        if (currency is { } c)
        {
            Cells.TryReadAmount(Layout[ColumnRole.Balance], c, required: true, out balance, out _);
            Cells.TryReadAmount(Layout[ColumnRole.Payment], c, required: false, out payment, out hasPayment);
        }

        ReadAccountFields(accountKey, currency);
        if (periodOk && !accountKey.IsEmpty)
        {
            var key = (Parties.Find(accountKey)?.Key ?? accountKey.ToString(), period);
            if (!_periodRows.TryAdd(key, Cells.Row))
            {
                Cells.Error(periodColumn, IntakeIssueCode.DuplicatePeriod, IntakeTexts.Render(
                    "issue.duplicate_period", ("account", key.Item1), ("period", SnapshotCells.Describe(period)), ("first", _periodRows[key])));
            }
        }

        if (currency is not { } rowCurrency || Commit(accountKey, debtorKey, rowCurrency) is not { } account)
        {
            return;
        }

        Builder.AddSnapshot(new AccountSnapshot(account.Id, period, daysPastDue, Money.FromMinorUnits(balance, rowCurrency))
        {
            Payment = hasPayment ? Money.FromMinorUnits(payment, rowCurrency) : null,
            ReportedStatus = unit == StatusUnit.Months ? SnapshotCells.ReportedStatus(Cells.Raw(statusColumn), _statusTexts.GetAlternateLookup<ReadOnlySpan<char>>()) : null,
        });
    }
}
