using Collections.Core.Audit;
using Collections.Fees;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.Fees with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsFeesServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="FeeScheduleCatalog"/> and the <see cref="FeeStatementIssuer"/> (with the audit trail it appends to) as singletons.</summary>
    /// <remarks>
    /// Schedules (in code or JSON files) are read and checked here, at registration, so a wrong schedule fails at start-up
    /// with every violation listed. Uses <c>TryAdd</c>: a host's own catalogue, issuer, audit store or clock registered
    /// before wins; the audit trail comes from <c>AddCollectionsAudit</c> (in-memory store unless the host registered one).
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the schedules in force.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="FeeScheduleException">A schedule file is not a valid schedule.</exception>
    /// <exception cref="ArgumentException">Two schedules are for the same creditor and track.</exception>
    /// <exception cref="IOException">A schedule file cannot be read.</exception>
    public static IServiceCollection AddCollectionsFees(this IServiceCollection services, Action<CollectionsFeesBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new CollectionsFeesBuilder();
        configure?.Invoke(builder);
        var catalog = builder.Build();
        services.AddCollectionsAudit();
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(provider => new FeeStatementIssuer(provider.GetRequiredService<AuditTrail>()));
        return services;
    }
}
