using Collections.Core.TimeZones;
using Collections.PhoneNumbers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.PhoneNumbers with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsPhoneNumbersServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LibPhoneNumberTimeZoneSource"/> as the <see cref="IPhoneNumberTimeZoneSource"/>, unless the host registered its own.</summary>
    /// <remarks>Uses <c>TryAdd</c>: a host's own source, registered before, wins. The region is checked here, at registration.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="defaultRegion">The region of numbers written without a country code, for example <c>SA</c>; null to read E.164 numbers only.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The region is not one libphonenumber supports.</exception>
    public static IServiceCollection AddCollectionsPhoneNumberTimeZones(this IServiceCollection services, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var source = defaultRegion is null ? new LibPhoneNumberTimeZoneSource() : new LibPhoneNumberTimeZoneSource(defaultRegion);
        services.TryAddSingleton<IPhoneNumberTimeZoneSource>(source);
        return services;
    }
}
