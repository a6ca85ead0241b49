using Collections.Core.Audit;
using Collections.Core.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.Core's audit trail with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsAuditServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="AuditTrail"/>, an in-memory <see cref="IAuditStore"/> unless the host registered its own, and the clock.</summary>
    /// <remarks>
    /// Uses <c>TryAdd</c>: a host's own <see cref="IAuditStore"/> (for example
    /// <c>AddCollectionsSqliteAuditStore</c> from Collections.Audit.Sqlite) or <see cref="IClock"/>, registered before,
    /// wins. All singletons: one trail per process serialises its appends (see <see cref="AuditTrail"/>).
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCollectionsAudit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCollectionsCore();
        services.TryAddSingleton<IAuditStore, InMemoryAuditStore>();
        services.TryAddSingleton(provider => new AuditTrail(provider.GetRequiredService<IAuditStore>(), provider.GetRequiredService<IClock>()));
        return services;
    }
}
