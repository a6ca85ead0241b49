using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Collects the accounts and debtors of accepted rows, with their names, contact points and attributes.</summary>
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

    /// <summary>The account of an accepted row, created on its first accepted row.</summary>
    public AccountState GetOrAdd(ReadOnlySpan<char> accountKey, ReadOnlySpan<char> debtorKey, Currency currency, int row)
    {
        if (_accountsBySpan.TryGetValue(accountKey, out var account))
        {
            return account;
        }

        var key = accountKey.ToString();
        var debtorText = debtorKey.IsEmpty ? key : debtorKey.ToString();
        if (!_debtors.TryGetValue(debtorText, out var debtor))
        {
            debtor = new DebtorState(new DebtorId(debtorText), debtorText);
            _debtors.Add(debtorText, debtor);
            _debtorOrder.Add(debtor);
        }

        account = new AccountState(new AccountId(key), key, row, currency, debtor);
        _accounts.Add(key, account);
        _accountOrder.Add(account);
        return account;
    }

    /// <summary>Takes the row's name, phone numbers and e-mail address for the account's debtor.</summary>
    public void AddContacts(CellReader cells, AccountState account)
    {
        var debtor = account.Debtor;
        var nameColumn = _layout[ColumnRole.DebtorName];
        if (nameColumn >= 0)
        {
            var name = cells.ReadText(nameColumn);
            if (name is not null)
            {
                if (debtor.Name is null)
                {
                    debtor.Name = name;
                    debtor.NameRow = cells.Row;
                }
                else if (!string.Equals(debtor.Name, name, StringComparison.Ordinal))
                {
                    cells.Warning(nameColumn, IntakeIssueCode.ConflictingValue, IntakeTexts.Render(
                        "issue.conflicting_value", ("account", account.Key), ("column", cells.HeaderOf(nameColumn)), ("first", debtor.Name), ("row", debtor.NameRow), ("value", name)));
                }
            }
        }

        AddPhone(cells, debtor, _layout[ColumnRole.Mobile], ContactPointKind.Mobile, 0);
        AddPhone(cells, debtor, _layout[ColumnRole.Phone], ContactPointKind.Landline, 1);
        AddEmail(cells, debtor, _layout[ColumnRole.Email]);
    }

    /// <summary>Reads the mapping's attribute columns; false when one is unreadable (the row is then rejected).</summary>
    public bool ReadAttributes(CellReader cells, Currency currency, List<AccountField> values, AccountId accountId)
    {
        values.Clear();
        var ok = true;
        for (var i = 0; i < _layout.Attributes.Length; i++)
        {
            var column = _layout.Attributes[i];
            var attribute = _mapping.Attributes[i];
            var value = AccountFieldReader.Read(cells, column, attribute, currency, accountId, ref ok);
            if (value is not null)
            {
                values.Add(value);
            }
        }

        return ok;
    }

    /// <summary>Keeps an accepted row's attribute values; a value that differs from the account's first one is a warning.</summary>
    public void AddAttributes(CellReader cells, AccountState account, List<AccountField> values)
    {
        foreach (var value in values)
        {
            account.Attributes ??= [];
            if (account.Attributes.TryGetValue(value.Name, out var first))
            {
                if (!string.Equals(first.Value.Text, value.Text, StringComparison.Ordinal))
                {
                    var column = _layout.Attributes[_mapping.Attributes.IndexOf(_mapping.Attributes.First(a => a.Name == value.Name))];
                    cells.Warning(column, IntakeIssueCode.ConflictingValue, IntakeTexts.Render(
                        "issue.conflicting_value", ("account", account.Key), ("column", cells.HeaderOf(column)), ("first", first.Value.Text), ("row", first.Row), ("value", value.Text)));
                }
            }
            else
            {
                account.Attributes.Add(value.Name, (value, cells.Row));
            }
        }
    }

    public IEnumerable<Debtor> Debtors() => _debtorOrder.Select(d => new Debtor(d.Id) { Name = d.Name, ContactPoints = [.. d.Contacts] });

    public IEnumerable<Account> Accounts() => _accountOrder.Select(a => new Account(a.Id, a.Debtor.Id, a.Currency) { HasOpenDispute = a.HasOpenDispute });

    public ImmutableArray<AccountField> Attributes() =>
        [.. _accountOrder.Where(a => a.Attributes is not null).SelectMany(a => _mapping.Attributes
            .Where(m => a.Attributes!.ContainsKey(m.Name))
            .Select(m => a.Attributes![m.Name].Value))];

    private static void AddPhone(CellReader cells, DebtorState debtor, int column, ContactPointKind columnKind, int slot)
    {
        if (column < 0 || cells.IsEmpty(column))
        {
            return;
        }

        var raw = cells.Raw(column);
        if (debtor.LastPhoneText[slot] is { } last && raw.SequenceEqual(last))
        {
            cells.Count(debtor.LastPhoneFlags[slot]); // the same text as on the debtor's previous row: same result, same normalisations
            return;
        }

        var flags = NormalisationFlags.None;
        var check = cells.Phones.Normalise(raw, columnKind, ref flags);
        debtor.LastPhoneText[slot] = raw.ToString();
        debtor.LastPhoneFlags[slot] = flags;
        cells.Count(flags);
        if (!debtor.ContactValues.Add(check.Value))
        {
            return;
        }

        var text = debtor.LastPhoneText[slot]!;
        var contactId = new ContactPointId(string.Create(CultureInfo.InvariantCulture, $"{debtor.Key}/{check.Kind.Code}/{debtor.Contacts.Count + 1}"));
        if (check.IsValid)
        {
            debtor.Contacts.Add(new ContactPoint(contactId, check.Kind, check.Value, ContactPointStatus.Valid)
            {
                OriginalText = string.Equals(text, check.Value, StringComparison.Ordinal) ? null : text,
            });
            return;
        }

        var reason = IntakeTexts.Render("issue.invalid_phone", ("value", check.Value), ("region", cells.Phones.Region), ("detail", check.Problem));
        cells.Warning(column, IntakeIssueCode.InvalidPhone, reason);
        debtor.Contacts.Add(new ContactPoint(contactId, check.Kind, check.Value, ContactPointStatus.Invalid)
        {
            OriginalText = string.Equals(text, check.Value, StringComparison.Ordinal) ? null : text,
            Note = reason.English,
        });
    }

    private static void AddEmail(CellReader cells, DebtorState debtor, int column)
    {
        var text = column < 0 ? null : cells.ReadText(column);
        if (text is null)
        {
            return;
        }

        var valid = EmailText.TryNormalise(text, out var value);
        if (!debtor.ContactValues.Add(value))
        {
            return;
        }

        var contactId = new ContactPointId(string.Create(CultureInfo.InvariantCulture, $"{debtor.Key}/email/{debtor.Contacts.Count + 1}"));
        if (valid)
        {
            debtor.Contacts.Add(new ContactPoint(contactId, ContactPointKind.Email, value, ContactPointStatus.Valid)
            {
                OriginalText = string.Equals(text, value, StringComparison.Ordinal) ? null : text,
            });
            return;
        }

        var reason = IntakeTexts.Render("issue.invalid_email", ("value", text));
        cells.Warning(column, IntakeIssueCode.InvalidEmail, reason);
        debtor.Contacts.Add(new ContactPoint(contactId, ContactPointKind.Email, text, ContactPointStatus.Invalid) { Note = reason.English });
    }

    internal sealed class AccountState(AccountId id, string key, int firstRow, Currency currency, DebtorState debtor)
    {
        public AccountId Id { get; } = id;

        public string Key { get; } = key;

        public int FirstRow { get; } = firstRow;

        public Currency Currency { get; } = currency;

        public DebtorState Debtor { get; } = debtor;

        public bool HasOpenDispute { get; set; }

        public Dictionary<string, (AccountField Value, int Row)>? Attributes { get; set; }
    }

    internal sealed class DebtorState(DebtorId id, string key)
    {
        public DebtorId Id { get; } = id;

        public string Key { get; } = key;

        public string? Name { get; set; }

        public int NameRow { get; set; }

        public List<ContactPoint> Contacts { get; } = [];

        public HashSet<string> ContactValues { get; } = new(StringComparer.Ordinal);

        public string?[] LastPhoneText { get; } = new string?[2];

        public NormalisationFlags[] LastPhoneFlags { get; } = new NormalisationFlags[2];
    }
}
