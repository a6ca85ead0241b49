namespace Collections.Core;

/// <summary>Port: reads a creditor's current portfolio (debtors, accounts, ledger items) from the host's storage.</summary>
/// <remarks>Streams so that large portfolios need not be held twice; implementations honour cancellation.</remarks>
public interface IPortfolioReader
{
    /// <summary>Reads every debtor.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The debtors.</returns>
    IAsyncEnumerable<Debtor> ReadDebtorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every account.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The accounts.</returns>
    IAsyncEnumerable<Account> ReadAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every ledger item.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<ReceivableItem> ReadItemsAsync(CancellationToken cancellationToken = default);
}
