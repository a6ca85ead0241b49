using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Reads the rows of one shape into portfolio parts; shared here: the account, debtor and currency cells.</summary>
internal abstract class ShapeReader
{
    protected const int IdentifierBufferLength = 128;

    private readonly List<AccountField> _attributeValues = [];

    protected ShapeReader(CellReader cells, ColumnLayout layout, IntakeSettings settings)
    {
        Cells = cells;
        Layout = layout;
        Settings = settings;
        Parties = new PartyAccumulator(layout, settings.Mapping);
    }

    protected CellReader Cells { get; }

    protected ColumnLayout Layout { get; }

    protected IntakeSettings Settings { get; }

    protected PartyAccumulator Parties { get; }

    public static ShapeReader For(CellReader cells, ColumnLayout layout, IntakeSettings settings) =>
        settings.Shape == IntakeShape.Ledger ? new LedgerReader(cells, layout, settings)
        : settings.Shape == IntakeShape.SnapshotsLong ? new LongSnapshotReader(cells, layout, settings)
        : new WideSnapshotReader(cells, layout, settings);

    /// <summary>Reads the current row; a row with any error leaves nothing behind but its report lines.</summary>
    public abstract void ReadRow();

    /// <summary>Adds the shape's items or snapshots to the portfolio.</summary>
    protected abstract void AddRecords(PortfolioBuilder builder);

    public Portfolio Build()
    {
        var builder = new PortfolioBuilder(Settings.CreditorId);
        foreach (var debtor in Parties.Debtors())
        {
            builder.AddDebtor(debtor);
        }

        foreach (var account in Parties.Accounts())
        {
            builder.AddAccount(account);
        }

        AddRecords(builder);
        return builder.Build();
    }

    public ImmutableArray<AccountField> Attributes() => Parties.Attributes();

    /// <summary>The row's currency: its currency cell, else the declared currency; null (with an error) when neither.</summary>
    protected Currency? ReadCurrency()
    {
        var column = Layout[ColumnRole.Currency];
        if (column >= 0 && !Cells.IsEmpty(column))
        {
            var code = Cells.ReadText(column);
            if (code is not null && Currency.TryFromCode(code, out var currency))
            {
                return currency;
            }

            Cells.Error(column, IntakeIssueCode.UnknownCurrency, IntakeTexts.Render("issue.unknown_currency", ("value", Cells.RawText(column))));
            return null;
        }

        if (Settings.Currency is { } declared)
        {
            return declared;
        }

        Cells.Missing(column);
        return null;
    }

    /// <summary>Reads the attribute cells of the row (false when one is unreadable).</summary>
    protected bool ReadAttributes(ReadOnlySpan<char> accountKey, Currency? currency)
    {
        _attributeValues.Clear();
        if (Layout.Attributes.Length == 0 || accountKey.IsEmpty || currency is null)
        {
            return true;
        }

        return Parties.ReadAttributes(Cells, currency.Value, _attributeValues, new AccountId(accountKey.ToString()));
    }

    /// <summary>Checks the row against its account's earlier rows and, when accepted, takes its account, debtor and attributes.</summary>
    protected PartyAccumulator.AccountState? Commit(ReadOnlySpan<char> accountKey, ReadOnlySpan<char> debtorKey, Currency currency)
    {
        if (Cells.RowRejected)
        {
            return null;
        }

        if (Parties.Find(accountKey) is { } existing)
        {
            Parties.CheckConsistency(Cells, existing, currency, debtorKey);
            if (Cells.RowRejected)
            {
                return null;
            }
        }

        var account = Parties.GetOrAdd(accountKey, debtorKey, currency, Cells.Row);
        Parties.AddContacts(Cells, account);
        if (_attributeValues.Count > 0)
        {
            Parties.AddAttributes(Cells, account, _attributeValues);
        }

        return account;
    }
}
