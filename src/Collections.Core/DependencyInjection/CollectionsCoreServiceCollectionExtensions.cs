using Collections.Core;
using Collections.Core.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.Core's services with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsCoreServiceCollectionExtensions
{
    /// <summary>Registers the clock (the system clock unless the host registered its own) .</summary>
    /// <remarks>Uses <c>TryAdd</c>: a host's own <see cref="IClock"/> registration, made before or after, wins.</remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddCollectionsCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
#pragma warning disable RS0030 // The DI registration is the composition root: the one place the system clock is chosen.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        return services;
    }

    /// <summary>Registers an in-memory portfolio and history as the <see cref="IPortfolioReader"/> and <see cref="IAccountHistoryReader"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="portfolio">The portfolio to serve.</param>
    /// <param name="attempts">Contact attempts to serve, if any.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddCollectionsInMemoryPortfolio(
        this IServiceCollection services, Portfolio portfolio, IEnumerable<ContactAttempt>? attempts = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(portfolio);
        services.TryAddSingleton<IPortfolioReader>(new InMemoryPortfolioReader(portfolio));
        services.TryAddSingleton<IAccountHistoryReader>(new InMemoryAccountHistoryReader(portfolio.Snapshots, attempts ?? []));
        return services;
    }
}
