using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Reads the rows of one shape into portfolio parts; shared here: the account, debtor and currency cells.</summary>
internal abstract class ShapeReader
{
    protected const int IdentifierBufferLength = 128;

    private readonly List<AccountField> _fieldValues = [];

    protected ShapeReader(CellReader cells, ColumnLayout layout, IntakeSettings settings)
    {
        Cells = cells;
        Layout = layout;
        Settings = settings;
        Parties = new PartyAccumulator(layout, settings.Mapping);
        Builder = new PortfolioBuilder(settings.CreditorId);
    }

    /// <summary>Receives the items or snapshots of accepted rows as they are read; debtors and accounts are added at the end.</summary>
    protected PortfolioBuilder Builder { get; }

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

    /// <summary>Makes room for about this many rows, once the reader can estimate the file's row count.</summary>
    public virtual void Reserve(int rows)
    {
    }

    public Portfolio Build()
    {
        foreach (var debtor in Parties.Debtors())
        {
            Builder.AddDebtor(debtor);
        }

        foreach (var account in Parties.Accounts())
        {
            Builder.AddAccount(account);
        }

        return Builder.Build();
    }

    public ImmutableArray<AccountField> AccountFields() => Parties.AccountFields();

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

    /// <summary>Reads the field cells of the row (false when one is unreadable).</summary>
    protected bool ReadAccountFields(ReadOnlySpan<char> accountKey, Currency? currency)
    {
        _fieldValues.Clear();
        if (Layout.AccountFields.Length == 0 || accountKey.IsEmpty || currency is null)
        {
            return true;
        }

        return Parties.ReadAccountFields(Cells, currency.Value, _fieldValues, new AccountId(accountKey.ToString()));
    }

    /// <summary>Checks the row against its account's earlier rows and, when accepted, takes its account, debtor and fields.</summary>
    protected PartyAccumulator.AccountState? Commit(ReadOnlySpan<char> accountKey, ReadOnlySpan<char> debtorKey, Currency currency)
    {
        if (Cells.RowRejected)
        {
            return null;
        }

        var account = Parties.Find(accountKey);
        if (account is not null)
        {
            Parties.CheckConsistency(Cells, account, currency, debtorKey);
            if (Cells.RowRejected)
            {
                return null;
            }
        }
        else
        {
            account = Parties.Add(accountKey, debtorKey, currency, Cells.Row);
        }

        Parties.AddContacts(Cells, account);
        if (_fieldValues.Count > 0)
        {
            Parties.AddAccountFields(Cells, account, _fieldValues);
        }

        return account;
    }
}
