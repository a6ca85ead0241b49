using Collections.Core;

namespace Collections.Intake;

/// <summary>Reads a wide snapshot file: one row per account, a group of status/balance/payment columns per period (the UCI file).</summary>
/// <remarks>A repeated account number rejects the later row, naming the first. A period whose cells are all empty gives no
/// snapshot; a status without a balance (or the reverse, or a payment alone) rejects the row.</remarks>
internal sealed class WideSnapshotReader : ShapeReader
{
    private readonly Dictionary<string, int> _accountRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _statusTexts = new(StringComparer.Ordinal);
    private readonly PendingPeriod[] _pending;

    public WideSnapshotReader(CellReader cells, ColumnLayout layout, IntakeSettings settings)
        : base(cells, layout, settings) => _pending = new PendingPeriod[layout.Periods.Length];

    public override void ReadRow()
    {
        Span<char> accountBuffer = stackalloc char[IdentifierBufferLength];
        Span<char> debtorBuffer = stackalloc char[IdentifierBufferLength];
        var accountColumn = Layout[ColumnRole.Account];
        var accountKey = Cells.ReadIdentifier(accountColumn, accountBuffer, required: true);
        var debtorKey = Cells.ReadIdentifier(Layout[ColumnRole.Debtor], debtorBuffer, required: false);
        if (!accountKey.IsEmpty)
        {
            var key = accountKey.ToString();
            if (!_accountRows.TryAdd(key, Cells.Row))
            {
                Cells.Error(accountColumn, IntakeIssueCode.DuplicateAccount, IntakeTexts.Render("issue.duplicate_account", ("value", key), ("first", _accountRows[key])));
            }
        }

        var currency = ReadCurrency();
        var unit = Settings.StatusUnit!;
        var periods = Settings.Mapping.Periods;
        for (var i = 0; i < _pending.Length; i++)
        {
            _pending[i] = default;
            var (status, balance, payment) = Layout.Periods[i];
            bool noStatus = Cells.IsEmpty(status), noBalance = Cells.IsEmpty(balance), noPayment = Cells.IsEmpty(payment);
            if (noStatus && noBalance && noPayment)
            {
                continue;
            }

            if (noStatus || noBalance)
            {
                Cells.Error(noStatus ? status : balance, IntakeIssueCode.IncompletePeriod, IntakeTexts.Render("issue.incomplete_period", ("period", SnapshotCells.Describe(periods[i].Period))));
                continue;
            }

            var statusOk = SnapshotCells.TryReadStatus(Cells, status, unit, out var daysPastDue);
            if (currency is not { } c)
            {
                continue;
            }

            var balanceOk = Cells.TryReadAmount(balance, c, required: true, out var balanceMinor, out _);
            var paymentOk = Cells.TryReadAmount(payment, c, required: false, out var paymentMinor, out var hasPayment);
            if (statusOk && balanceOk && paymentOk)
            {
                _pending[i] = new PendingPeriod(true, daysPastDue, balanceMinor, hasPayment ? paymentMinor : null);
            }
        }

        ReadAccountFields(accountKey, currency);
        if (currency is not { } rowCurrency || Commit(accountKey, debtorKey, rowCurrency) is not { } account)
        {
            return;
        }

        for (var i = 0; i < _pending.Length; i++)
        {
            var pending = _pending[i];
            if (!pending.Present)
            {
                continue;
            }

            var statusColumn = Layout.Periods[i].Status;
            Builder.AddSnapshot(new AccountSnapshot(account.Id, periods[i].Period, pending.DaysPastDue, Money.FromMinorUnits(pending.Balance, rowCurrency))
            {
                Payment = pending.Payment is { } paid ? Money.FromMinorUnits(paid, rowCurrency) : null,
                ReportedStatus = unit == StatusUnit.Months ? SnapshotCells.ReportedStatus(Cells.Raw(statusColumn), _statusTexts.GetAlternateLookup<ReadOnlySpan<char>>()) : null,
            });
        }
    }

    private readonly record struct PendingPeriod(bool Present, DaysPastDue DaysPastDue, long Balance, long? Payment);
}
