using System.Runtime.CompilerServices;

namespace Collections.Core.InMemory;

/// <summary>An <see cref="IPortfolioReader"/> over a portfolio held in memory, for tests, samples and small hosts.</summary>
public sealed class InMemoryPortfolioReader : IPortfolioReader
{
    private readonly Portfolio _portfolio;

    /// <summary>Creates the reader.</summary>
    /// <param name="portfolio">The portfolio to serve.</param>
    public InMemoryPortfolioReader(Portfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        _portfolio = portfolio;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Debtor> ReadDebtorsAsync(CancellationToken cancellationToken = default) =>
        InMemoryStream.Of(_portfolio.Debtors, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Account> ReadAccountsAsync(CancellationToken cancellationToken = default) =>
        InMemoryStream.Of(_portfolio.Accounts, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<ReceivableItem> ReadItemsAsync(CancellationToken cancellationToken = default) =>
        InMemoryStream.Of(_portfolio.Items, cancellationToken);
}

/// <summary>Turns an in-memory sequence into an async stream that honours cancellation.</summary>
internal static class InMemoryStream
{
    public static async IAsyncEnumerable<T> Of<T>(IEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
