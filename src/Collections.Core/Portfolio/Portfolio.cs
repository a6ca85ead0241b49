using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core;

/// <summary>A creditor's portfolio as read: debtors, accounts, ledger items and periodic snapshots, checked for consistency.</summary>
/// <remarks>Built with <see cref="PortfolioBuilder"/>, which checks every reference at once; a built portfolio is immutable.</remarks>
public sealed class Portfolio
{
    // Plain dictionaries, never exposed or changed after construction: building a FrozenDictionary over hundreds of
    // thousands of ids cost more than all the lookups a portfolio is used for.
    private readonly Dictionary<AccountId, Account> _accountsById;
    private readonly Dictionary<DebtorId, Debtor> _debtorsById;

    internal Portfolio(
        CreditorId creditorId,
        ImmutableArray<Debtor> debtors,
        ImmutableArray<Account> accounts,
        ImmutableArray<ReceivableItem> items,
        ImmutableArray<AccountSnapshot> snapshots,
        Dictionary<AccountId, Account> accountsById,
        Dictionary<DebtorId, Debtor> debtorsById)
    {
        CreditorId = creditorId;
        Debtors = debtors;
        Accounts = accounts;
        Items = items;
        Snapshots = snapshots;
        _accountsById = accountsById;
        _debtorsById = debtorsById;
        SnapshotPeriods = [.. snapshots.Select(s => s.Period).Distinct().Order()];
        Currencies = [.. accounts.Select(a => a.Currency).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>The creditor the portfolio belongs to.</summary>
    public CreditorId CreditorId { get; }

    /// <summary>The debtors, in source order.</summary>
    public ImmutableArray<Debtor> Debtors { get; }

    /// <summary>The accounts, in source order.</summary>
    public ImmutableArray<Account> Accounts { get; }

    /// <summary>The ledger items (invoices, instalments, credit notes), in source order.</summary>
    public ImmutableArray<ReceivableItem> Items { get; }

    /// <summary>The periodic account snapshots, in source order.</summary>
    public ImmutableArray<AccountSnapshot> Snapshots { get; }

    /// <summary>The distinct snapshot periods, oldest first.</summary>
    public ImmutableArray<YearMonth> SnapshotPeriods { get; }

    /// <summary>The distinct account currencies, ordered by code.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>Looks up an account.</summary>
    /// <param name="id">The account's identifier.</param>
    /// <param name="account">The account when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetAccount(AccountId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Account? account) =>
        _accountsById.TryGetValue(id, out account);

    /// <summary>Looks up a debtor.</summary>
    /// <param name="id">The debtor's identifier.</param>
    /// <param name="debtor">The debtor when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetDebtor(DebtorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Debtor? debtor) =>
        _debtorsById.TryGetValue(id, out debtor);

    /// <summary>Reads a whole portfolio through the host's ports.</summary>
    /// <param name="creditorId">The creditor.</param>
    /// <param name="portfolioReader">Reads debtors, accounts and items.</param>
    /// <param name="historyReader">Reads snapshots in <paramref name="snapshotPeriods"/>, when given.</param>
    /// <param name="snapshotPeriods">The first and last period of snapshots to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checked portfolio.</returns>
    /// <exception cref="PortfolioValidationException">What was read is inconsistent; every violation is listed.</exception>
    public static async Task<Portfolio> LoadAsync(
        CreditorId creditorId,
        IPortfolioReader portfolioReader,
        IAccountHistoryReader? historyReader = null,
        (YearMonth First, YearMonth Last)? snapshotPeriods = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(portfolioReader);
        var builder = new PortfolioBuilder(creditorId);
        await foreach (var debtor in portfolioReader.ReadDebtorsAsync(cancellationToken).ConfigureAwait(false))
        {
            builder.AddDebtor(debtor);
        }

        await foreach (var account in portfolioReader.ReadAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            builder.AddAccount(account);
        }

        await foreach (var item in portfolioReader.ReadItemsAsync(cancellationToken).ConfigureAwait(false))
        {
            builder.AddItem(item);
        }

        if (historyReader is not null && snapshotPeriods is { } periods)
        {
            await foreach (var snapshot in historyReader.ReadSnapshotsAsync(periods.First, periods.Last, cancellationToken).ConfigureAwait(false))
            {
                builder.AddSnapshot(snapshot);
            }
        }

        return builder.Build();
    }
}
