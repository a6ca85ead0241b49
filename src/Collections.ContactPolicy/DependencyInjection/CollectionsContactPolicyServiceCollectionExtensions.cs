using Collections.ContactPolicy;
using Collections.Core;
using Collections.ContactPolicy.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.ContactPolicy's services with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsContactPolicyServiceCollectionExtensions
{
    /// <summary>Registers the policy, the <see cref="ContactGate"/>, and in-memory ports for any port the host has not registered.</summary>
    /// <remarks>
    /// Uses <c>TryAdd</c>: the host's own <see cref="IContactAttemptStore"/>, <see cref="IContactRestrictionRegistry"/>,
    /// <see cref="ITemplateCatalog"/> and <see cref="IHolidayAnnouncementSource"/> registrations, made before, win. An
    /// <see cref="IContactDecisionSink"/> (the audit trail) is used when registered, before or after. The policy is
    /// checked here, so a missing or invalid policy fails at start-up. Unless the host registered its own restriction
    /// registry, one <see cref="InMemoryContactRestrictionRegistry"/> is registered as both the
    /// <see cref="IContactRestrictionRegistry"/> and Core's <see cref="ILegalHoldRegistry"/> (the same
    /// instance), so legal holds placed by the escalation workflow are seen by the gate; a host with its own registry
    /// registers its own <see cref="ILegalHoldRegistry"/> too.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the policy.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No policy was set.</exception>
    /// <exception cref="ContactPolicyException">The policy file or JSON is not valid.</exception>
    public static IServiceCollection AddCollectionsContactPolicy(this IServiceCollection services, Action<CollectionsContactPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CollectionsContactPolicyBuilder();
        configure(builder);
        var policy = builder.Policy ?? throw new ArgumentException(
            "Collections.ContactPolicy needs a policy: set Policy, or call UsePolicyFile or UsePolicyJson.", nameof(configure));
        services.TryAddSingleton(policy);
        services.TryAddSingleton<IContactAttemptStore, InMemoryContactAttemptStore>();
        if (!services.Any(d => d.ServiceType == typeof(IContactRestrictionRegistry)))
        {
            // One in-memory registry serves both ports, so legal holds placed by the escalation workflow reach the gate.
            services.TryAddSingleton<InMemoryContactRestrictionRegistry>();
            services.TryAddSingleton<IContactRestrictionRegistry>(provider => provider.GetRequiredService<InMemoryContactRestrictionRegistry>());
            services.TryAddSingleton<ILegalHoldRegistry>(provider => provider.GetRequiredService<InMemoryContactRestrictionRegistry>());
        }

        services.TryAddSingleton<ITemplateCatalog>(new InMemoryTemplateCatalog([]));
        services.TryAddSingleton<IHolidayAnnouncementSource>(InMemoryHolidayAnnouncementSource.None);
        services.TryAddSingleton(provider => new ContactGate(
            provider.GetRequiredService<ContactPolicy>(),
            provider.GetRequiredService<IContactAttemptStore>(),
            provider.GetRequiredService<IContactRestrictionRegistry>(),
            provider.GetRequiredService<ITemplateCatalog>(),
            provider.GetRequiredService<IHolidayAnnouncementSource>(),
            provider.GetService<IContactDecisionSink>()));
        return services;
    }
}
