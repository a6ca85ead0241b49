using Collections.Aging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.Aging's configuration with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsAgingServiceCollectionExtensions
{
    /// <summary>Registers the bucket set, the segment definitions and the segmentation and profile options as singletons.</summary>
    /// <remarks>
    /// Everything is checked here, at registration, and every violation is listed in one exception, so a wrong
    /// configuration fails at start-up rather than at the first segmentation. Uses <c>TryAdd</c>: a host's own
    /// registration of any of these types, made before, wins.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets buckets, segments and options; the defaults are <see cref="AgingBucketSet.Default"/> and <see cref="StandardSegments.Saudi"/>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configuration is invalid; every violation listed.</exception>
    public static IServiceCollection AddCollectionsAging(this IServiceCollection services, Action<CollectionsAgingBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new CollectionsAgingBuilder();
        configure?.Invoke(builder);
        var (buckets, segments, options, profiles) = builder.Build();
        services.TryAddSingleton(buckets);
        services.TryAddSingleton(segments);
        services.TryAddSingleton(options);
        services.TryAddSingleton(profiles);
        return services;
    }
}
