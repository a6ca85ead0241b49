using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>Reads a ledger (open items) file: one row per invoice or instalment.</summary>
/// <remarks>
/// Required: account, item (kept as text with its leading zeros), due date, amount. Optional: issue date (when the column is
/// absent the due date stands in, and the report says so), open amount, settled date, disputed flag. A repeated item number
/// rejects the later row, naming the row where it first appeared. A due date before the issue date, or a settled date
/// before it, rejects the row.
/// </remarks>
internal sealed class LedgerReader(CellReader cells, ColumnLayout layout, IntakeSettings settings) : ShapeReader(cells, layout, settings)
{
    private readonly Dictionary<string, int> _itemRows = new(StringComparer.Ordinal);

    public override void ReadRow()
    {
        Span<char> accountBuffer = stackalloc char[IdentifierBufferLength];
        Span<char> debtorBuffer = stackalloc char[IdentifierBufferLength];
        Span<char> itemBuffer = stackalloc char[IdentifierBufferLength];
        var accountKey = Cells.ReadIdentifier(Layout[ColumnRole.Account], accountBuffer, required: true);
        var debtorKey = Cells.ReadIdentifier(Layout[ColumnRole.Debtor], debtorBuffer, required: false);
        var itemColumn = Layout[ColumnRole.Item];
        var itemKey = Cells.ReadIdentifier(itemColumn, itemBuffer, required: true);
        string? itemId = null;
        if (!itemKey.IsEmpty)
        {
            itemId = itemKey.ToString();
            if (!_itemRows.TryAdd(itemId, Cells.Row))
            {
                Cells.Error(itemColumn, IntakeIssueCode.DuplicateItem, IntakeTexts.Render("issue.duplicate_item", ("value", itemId), ("first", _itemRows[itemId])));
            }
        }

        var currency = ReadCurrency();
        var issueColumn = Layout[ColumnRole.IssueDate];
        var dueColumn = Layout[ColumnRole.DueDate];
        var settledColumn = Layout[ColumnRole.SettledDate];
        // Without an issue-date column the issue date is unknown (null on the item); a settlement is then never "before issue".
        var issueOk = Cells.TryReadDate(issueColumn, required: true, out var issuedOn, out _) && issueColumn >= 0;
        var dueOk = Cells.TryReadDate(dueColumn, required: true, out var dueOn, out _);
        var settledOk = Cells.TryReadDate(settledColumn, required: false, out var settledOn, out var hasSettled);
        long amount = 0, open = 0;
        var hasOpen = false;
        if (currency is { } c)
        {
            Cells.TryReadAmount(Layout[ColumnRole.Amount], c, required: true, out amount, out _);
            Cells.TryReadAmount(Layout[ColumnRole.OpenAmount], c, required: false, out open, out hasOpen);
        }

        Cells.TryReadFlag(Layout[ColumnRole.Disputed], out var disputed, out _);
        ReadAccountFields(accountKey, currency);

        if (issueOk && dueOk && DayNumber.Of(dueOn) < DayNumber.Of(issuedOn))
        {
            Cells.Error(dueColumn, IntakeIssueCode.DueBeforeIssue, IntakeTexts.Render("issue.due_before_issue", ("due", dueOn), ("issued", issuedOn)));
        }

        if (issueOk && dueOk && settledOk && hasSettled && DayNumber.Of(settledOn) < DayNumber.Of(issuedOn))
        {
            Cells.Error(settledColumn, IntakeIssueCode.SettledBeforeIssue, IntakeTexts.Render("issue.settled_before_issue", ("settled", settledOn), ("issued", issuedOn)));
        }

        if (currency is not { } rowCurrency || itemId is null || Commit(accountKey, debtorKey, rowCurrency) is not { } account)
        {
            return;
        }

        var item = new ReceivableItem(new ItemId(itemId), account.Id, issueColumn >= 0 ? issuedOn : null, dueOn, Money.FromMinorUnits(amount, rowCurrency))
        {
            OpenAmount = hasOpen ? Money.FromMinorUnits(open, rowCurrency) : null,
            SettledOn = hasSettled ? settledOn : null,
            IsDisputed = disputed,
        };
        if (disputed && !hasSettled && (hasOpen ? open : amount) != 0)
        {
            account.HasOpenDispute = true;
        }

        Builder.AddItem(item);
    }

    public override void Reserve(int rows) => _itemRows.EnsureCapacity(rows);
}
