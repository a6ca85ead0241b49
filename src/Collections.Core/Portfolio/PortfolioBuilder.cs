using System.Collections.Immutable;

namespace Collections.Core;

/// <summary>Collects a portfolio's parts and checks them all at once in <see cref="Build"/>.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable); not thread-safe.</remarks>
public sealed class PortfolioBuilder
{
    private readonly List<Debtor> _debtors = [];
    private readonly List<Account> _accounts = [];
    private readonly List<ReceivableItem> _items = [];
    private readonly List<AccountSnapshot> _snapshots = [];

    /// <summary>Starts a portfolio for a creditor.</summary>
    /// <param name="creditorId">The creditor.</param>
    public PortfolioBuilder(CreditorId creditorId) => CreditorId = creditorId;

    /// <summary>The creditor.</summary>
    public CreditorId CreditorId { get; }

    /// <summary>Adds a debtor.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <returns>This builder.</returns>
    public PortfolioBuilder AddDebtor(Debtor debtor)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        _debtors.Add(debtor);
        return this;
    }

    /// <summary>Adds an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>This builder.</returns>
    public PortfolioBuilder AddAccount(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _accounts.Add(account);
        return this;
    }

    /// <summary>Adds a ledger item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>This builder.</returns>
    public PortfolioBuilder AddItem(ReceivableItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }

    /// <summary>Adds a periodic snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>This builder.</returns>
    public PortfolioBuilder AddSnapshot(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshots.Add(snapshot);
        return this;
    }

    /// <summary>Checks every part and builds the immutable portfolio.</summary>
    /// <returns>The portfolio.</returns>
    /// <exception cref="PortfolioValidationException">Duplicate ids, references to unknown debtors or accounts, or items and snapshots in another currency than their account; every violation listed.</exception>
    public Portfolio Build()
    {
        var (violations, accounts, debtors) = Check();
        if (violations.Count > 0)
        {
            throw new PortfolioValidationException(violations);
        }

        return new Portfolio(CreditorId, [.. _debtors], [.. _accounts], [.. _items], [.. _snapshots], accounts, debtors);
    }

    /// <summary>Lists what <see cref="Build"/> would refuse, without throwing.</summary>
    /// <returns>Every violation, in words; empty when the portfolio is consistent.</returns>
    public IReadOnlyList<string> Validate() => Check().Violations;

    /// <summary>One pass over every part: the violations, and the lookups the portfolio keeps when there are none.</summary>
    private (List<string> Violations, Dictionary<AccountId, Account> Accounts, Dictionary<DebtorId, Debtor> Debtors) Check()
    {
        var violations = new List<string>();
        var debtors = new Dictionary<DebtorId, Debtor>(_debtors.Count);
        foreach (var debtor in _debtors)
        {
            if (!debtors.TryAdd(debtor.Id, debtor))
            {
                violations.Add($"Debtor {debtor.Id} appears more than once.");
            }
        }

        var accounts = new Dictionary<AccountId, Account>(_accounts.Count);
        foreach (var account in _accounts)
        {
            if (!accounts.TryAdd(account.Id, account))
            {
                violations.Add($"Account {account.Id} appears more than once.");
            }

            if (!debtors.ContainsKey(account.DebtorId))
            {
                violations.Add($"Account {account.Id} refers to unknown debtor {account.DebtorId}.");
            }
        }

        var itemIds = new HashSet<ItemId>(_items.Count);
        foreach (var item in _items)
        {
            if (!itemIds.Add(item.Id))
            {
                violations.Add($"Item {item.Id} appears more than once.");
            }

            if (!accounts.TryGetValue(item.AccountId, out var account))
            {
                violations.Add($"Item {item.Id} refers to unknown account {item.AccountId}.");
            }
            else if (item.Amount.Currency != account.Currency)
            {
                violations.Add($"Item {item.Id} is in {item.Amount.Currency} but account {account.Id} is in {account.Currency}.");
            }
        }

        var snapshotKeys = new HashSet<(AccountId, NodaTime.YearMonth)>(_snapshots.Count);
        foreach (var snapshot in _snapshots)
        {
            if (!snapshotKeys.Add((snapshot.AccountId, snapshot.Period)))
            {
                violations.Add($"Account {snapshot.AccountId} has more than one snapshot for {snapshot.Period}.");
            }

            if (!accounts.TryGetValue(snapshot.AccountId, out var account))
            {
                violations.Add($"A snapshot for {snapshot.Period} refers to unknown account {snapshot.AccountId}.");
            }
            else if (snapshot.Balance.Currency != account.Currency)
            {
                violations.Add($"The {snapshot.Period} snapshot of account {account.Id} is in {snapshot.Balance.Currency} but the account is in {account.Currency}.");
            }
        }

        return (violations, accounts, debtors);
    }
}
