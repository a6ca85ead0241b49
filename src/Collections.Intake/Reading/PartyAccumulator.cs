using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Collects the accounts and debtors of accepted rows, with their names, contact points and fields.</summary>
/// <remarks>
/// Accounts are created from the distinct account numbers of accepted rows, in order of first appearance; an account's
/// debtor is the debtor column's value or, without one, the account number. A debtor's name comes from its first accepted
/// row (a different name later is a warning); its contact points are the distinct phone numbers and e-mail addresses of
/// its accepted rows, valid or not (an invalid one is kept, flagged, with a warning on the first row it appears).
/// </remarks>
internal sealed class PartyAccumulator
{
    private readonly Dictionary<string, AccountState> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountState>.AlternateLookup<ReadOnlySpan<char>> _accountsBySpan;
    private readonly Dictionary<string, DebtorState> _debtors = new(StringComparer.Ordinal);
    private readonly List<AccountState> _accountOrder = [];
    private readonly List<DebtorState> _debtorOrder = [];
    private readonly ColumnLayout _layout;
    private readonly IntakeMapping _mapping;

    public PartyAccumulator(ColumnLayout layout, IntakeMapping mapping)
    {
        _layout = layout;
        _mapping = mapping;
        _accountsBySpan = _accounts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AccountState? Find(ReadOnlySpan<char> accountKey) => _accountsBySpan.TryGetValue(accountKey, out var state) ? state : null;

    /// <summary>Checks the row against the account's earlier accepted rows: same currency, same debtor.</summary>
    public void CheckConsistency(CellReader cells, AccountState account, Currency currency, ReadOnlySpan<char> debtorKey)
    {
        if (account.Currency != currency)
        {
            var column = _layout[ColumnRole.Currency];
            cells.Error(column, IntakeIssueCode.ConflictingCurrency, IntakeTexts.Render(
                "issue.conflicting_currency", ("account", account.Key), ("first", account.Currency.Code), ("row", account.FirstRow), ("found", currency.Code)));
        }

        if (!debtorKey.IsEmpty && !debtorKey.SequenceEqual(account.Debtor.Key))
        {
            cells.Error(_layout[ColumnRole.Debtor], IntakeIssueCode.ConflictingDebtor, IntakeTexts.Render(
                "issue.conflicting_debtor", ("account", account.Key), ("first", account.Debtor.Key), ("row", account.FirstRow), ("found", debtorKey.ToString())));
        }
    }

    /// <summary>Creates the account of an account number's first accepted row.</summary>
    public AccountState Add(ReadOnlySpan<char> accountKey, ReadOnlySpan<char> debtorKey, Currency currency, int row)
    {
        var key = accountKey.ToString();
        var debtorText = debtorKey.IsEmpty ? key : debtorKey.ToString();
        if (!_debtors.TryGetValue(debtorText, out var debtor))
        {
            debtor = new DebtorState(new DebtorId(debtorText), debtorText);
            _debtors.Add(debtorText, debtor);
            _debtorOrder.Add(debtor);
        }

        var account = new AccountState(new AccountId(key), key, row, currency, debtor);
        _accounts.Add(key, account);
        _accountOrder.Add(account);
        return account;
    }

    /// <summary>Takes the row's name, phone numbers and e-mail address for the account's debtor.</summary>
    public void AddContacts(CellReader cells, AccountState account)
    {
        var debtor = account.Debtor;
        var nameColumn = _layout[ColumnRole.DebtorName];
        if (nameColumn >= 0 && !cells.IsEmpty(nameColumn))
        {
            var name = cells.ReadTextSpan(nameColumn);
            if (name.IsEmpty)
            {
                // nothing to take
            }
            else if (debtor.Name is null)
            {
                debtor.Name = name.ToString();
                debtor.NameRow = cells.Row;
            }
            else if (!name.SequenceEqual(debtor.Name))
            {
                cells.Warning(nameColumn, IntakeIssueCode.ConflictingValue, IntakeTexts.Render(
                    "issue.conflicting_value", ("account", account.Key), ("column", cells.HeaderOf(nameColumn)), ("first", debtor.Name), ("row", debtor.NameRow), ("value", name.ToString())));
            }
        }

        AddPhone(cells, debtor, _layout[ColumnRole.Mobile], ContactPointKind.Mobile, mobileColumn: true);
        AddPhone(cells, debtor, _layout[ColumnRole.Phone], ContactPointKind.Landline, mobileColumn: false);
        AddEmail(cells, debtor, _layout[ColumnRole.Email]);
    }

    /// <summary>Reads the mapping's field columns; false when one is unreadable (the row is then rejected).</summary>
    public bool ReadAccountFields(CellReader cells, Currency currency, List<AccountField> values, AccountId accountId)
    {
        values.Clear();
        var ok = true;
        for (var i = 0; i < _layout.AccountFields.Length; i++)
        {
            var column = _layout.AccountFields[i];
            var field = _mapping.AccountFields[i];
            var value = AccountFieldReader.Read(cells, column, field, currency, accountId, ref ok);
            if (value is not null)
            {
                values.Add(value);
            }
        }

        return ok;
    }

    /// <summary>Keeps an accepted row's account-field values; a value that differs from the account's first one is a warning.</summary>
    public void AddAccountFields(CellReader cells, AccountState account, List<AccountField> values)
    {
        foreach (var value in values)
        {
            account.AccountFields ??= [];
            if (account.AccountFields.TryGetValue(value.Name, out var first))
            {
                if (!string.Equals(first.Value.Text, value.Text, StringComparison.Ordinal))
                {
                    var column = _layout.AccountFields[_mapping.AccountFields.IndexOf(_mapping.AccountFields.First(a => a.Name == value.Name))];
                    cells.Warning(column, IntakeIssueCode.ConflictingValue, IntakeTexts.Render(
                        "issue.conflicting_value", ("account", account.Key), ("column", cells.HeaderOf(column)), ("first", first.Value.Text), ("row", first.Row), ("value", value.Text)));
                }
            }
            else
            {
                account.AccountFields.Add(value.Name, (value, cells.Row));
            }
        }
    }

    public IEnumerable<Debtor> Debtors() => _debtorOrder.Select(d => new Debtor(d.Id) { Name = d.Name, ContactPoints = d.ContactPoints });

    public IEnumerable<Account> Accounts() => _accountOrder.Select(a => new Account(a.Id, a.Debtor.Id, a.Currency) { HasOpenDispute = a.HasOpenDispute });

    public ImmutableArray<AccountField> AccountFields()
    {
        if (_mapping.AccountFields.IsDefaultOrEmpty)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<AccountField>();
        foreach (var account in _accountOrder)
        {
            if (account.AccountFields is null)
            {
                continue;
            }

            foreach (var field in _mapping.AccountFields)
            {
                if (account.AccountFields.TryGetValue(field.Name, out var value))
                {
                    result.Add(value.Value);
                }
            }
        }

        return result.ToImmutable();
    }

    private static void AddPhone(CellReader cells, DebtorState debtor, int column, ContactPointKind columnKind, bool mobileColumn)
    {
        if (column < 0 || cells.IsEmpty(column))
        {
            return;
        }

        var raw = cells.Raw(column);
        var last = mobileColumn ? debtor.LastMobileText : debtor.LastPhoneText;
        if (last is not null && raw.SequenceEqual(last))
        {
            // The same text as on the debtor's previous row: the same result and the same normalisations, counted again per cell.
            cells.Count(mobileColumn ? debtor.LastMobileFlags : debtor.LastPhoneFlags);
            return;
        }

        var flags = NormalisationFlags.None;
        var check = cells.Phones.Normalise(raw, columnKind, ref flags);
        var text = raw.ToString();
        if (mobileColumn)
        {
            debtor.LastMobileText = text;
            debtor.LastMobileFlags = flags;
        }
        else
        {
            debtor.LastPhoneText = text;
            debtor.LastPhoneFlags = flags;
        }

        cells.Count(flags);
        if (debtor.HasContact(check.Value))
        {
            return;
        }

        var contactId = debtor.NextContactId(check.Kind);
        var original = string.Equals(text, check.Value, StringComparison.Ordinal) ? null : text;
        if (check.IsValid)
        {
            debtor.AddContact(new ContactPoint(contactId, check.Kind, check.Value, ContactPointStatus.Valid) { OriginalText = original });
            return;
        }

        var reason = IntakeTexts.Render("issue.invalid_phone", ("value", check.Value), ("region", cells.Phones.Region), ("detail", check.Problem));
        cells.Warning(column, IntakeIssueCode.InvalidPhone, reason);
        debtor.AddContact(new ContactPoint(contactId, check.Kind, check.Value, ContactPointStatus.Invalid) { OriginalText = original, Note = reason.English });
    }

    private static void AddEmail(CellReader cells, DebtorState debtor, int column)
    {
        if (column < 0 || cells.IsEmpty(column))
        {
            return;
        }

        var raw = cells.ReadTextSpan(column);
        if (raw.IsEmpty || (debtor.LastEmailText is { } last && raw.SequenceEqual(last)))
        {
            return;
        }

        var text = raw.ToString();
        debtor.LastEmailText = text;
        var valid = EmailText.TryNormalise(text, out var value);
        if (debtor.HasContact(value))
        {
            return;
        }

        var contactId = debtor.NextContactId(ContactPointKind.Email);
        if (valid)
        {
            debtor.AddContact(new ContactPoint(contactId, ContactPointKind.Email, value, ContactPointStatus.Valid)
            {
                OriginalText = string.Equals(text, value, StringComparison.Ordinal) ? null : text,
            });
            return;
        }

        var reason = IntakeTexts.Render("issue.invalid_email", ("value", text));
        cells.Warning(column, IntakeIssueCode.InvalidEmail, reason);
        debtor.AddContact(new ContactPoint(contactId, ContactPointKind.Email, text, ContactPointStatus.Invalid) { Note = reason.English });
    }

    internal sealed class AccountState(AccountId id, string key, int firstRow, Currency currency, DebtorState debtor)
    {
        public AccountId Id { get; } = id;

        public string Key { get; } = key;

        public int FirstRow { get; } = firstRow;

        public Currency Currency { get; } = currency;

        public DebtorState Debtor { get; } = debtor;

        public bool HasOpenDispute { get; set; }

        public Dictionary<string, (AccountField Value, int Row)>? AccountFields { get; set; }
    }

    internal sealed class DebtorState(DebtorId id, string key)
    {
        private List<ContactPoint>? _contacts;

        public DebtorId Id { get; } = id;

        public string Key { get; } = key;

        public string? Name { get; set; }

        public int NameRow { get; set; }

        public string? LastMobileText { get; set; }

        public string? LastPhoneText { get; set; }

        public string? LastEmailText { get; set; }

        public NormalisationFlags LastMobileFlags { get; set; }

        public NormalisationFlags LastPhoneFlags { get; set; }

        public ImmutableArray<ContactPoint> ContactPoints => _contacts is null ? [] : [.. _contacts];

        public bool HasContact(string value)
        {
            if (_contacts is null)
            {
                return false;
            }

            foreach (var contact in _contacts)
            {
                if (string.Equals(contact.Value, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public ContactPointId NextContactId(ContactPointKind kind) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{Key}/{kind.Code}/{(_contacts?.Count ?? 0) + 1}"));

        public void AddContact(ContactPoint contact) => (_contacts ??= new List<ContactPoint>(2)).Add(contact);
    }
}
