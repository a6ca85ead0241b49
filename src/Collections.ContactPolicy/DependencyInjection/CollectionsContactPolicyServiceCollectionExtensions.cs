using Collections.ContactPolicy;
using Collections.Core;
using Collections.ContactPolicy.InMemory;
using Collections.Core.Audit;
using Collections.Core.TimeZones;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.ContactPolicy's services with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsContactPolicyServiceCollectionExtensions
{
    /// <summary>Registers the policy, the <see cref="ContactGate"/>, the clock, and in-memory ports for any port the host has not registered.</summary>
    /// <remarks>
    /// <para>Uses <c>TryAdd</c>: the host's own <see cref="IContactAttemptStore"/>, <see cref="IContactRestrictionRegistry"/>,
    /// <see cref="ITemplateCatalog"/>, <see cref="IHolidayAnnouncementSource"/> and <see cref="IClock"/> registrations, made
    /// before, win. The policy is checked here, so a missing or invalid policy fails at start-up.</para>
    /// <para><b>Decisions are recorded.</b> When the gate is first resolved it records its decisions in the host's
    /// <see cref="IContactDecisionSink"/> if one is registered; else in the audit trail if
    /// <c>services.AddCollectionsAudit()</c> was called (before or after), through an
    /// <see cref="AuditTrailContactDecisionSink"/>; else it fails, naming both ways — unless
    /// <see cref="CollectionsContactPolicyBuilder.AllowUnauditedDecisions"/> says, in code, that nothing is to be recorded.</para>
    /// <para><b>Time zones.</b> When an <see cref="IDebtorLocationReader"/> is registered, the gate finds each debtor's
    /// zones with it and the registered <see cref="IPhoneNumberTimeZoneSource"/>
    /// (<c>services.AddCollectionsPhoneNumberTimeZones("SA")</c>); without a reader, requests carry their zones.</para>
    /// <para><b>Legal holds.</b> Unless the host registered its own restriction registry, one
    /// <see cref="InMemoryContactRestrictionRegistry"/> is registered as both the <see cref="IContactRestrictionRegistry"/>
    /// and Core's <see cref="ILegalHoldRegistry"/> (the same instance), so legal holds placed by the escalation workflow
    /// are seen by the gate; a host with its own registry registers its own <see cref="ILegalHoldRegistry"/> too.</para>
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
        var options = new CollectionsContactPolicyBuilder();
        configure(options);
        var policy = options.Policy ?? throw new ArgumentException(
            "Collections.ContactPolicy needs a policy: set Policy, or call UsePolicyFile or UsePolicyJson.", nameof(configure));
        services.AddCollectionsCore();
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
        services.TryAddSingleton(provider => new ContactGateBuilder(provider.GetRequiredService<Collections.ContactPolicy.ContactPolicy>())
        {
            Attempts = provider.GetRequiredService<IContactAttemptStore>(),
            Restrictions = provider.GetRequiredService<IContactRestrictionRegistry>(),
            Templates = provider.GetRequiredService<ITemplateCatalog>(),
            Holidays = provider.GetRequiredService<IHolidayAnnouncementSource>(),
            Decisions = DecisionSink(provider, options.AllowUnauditedDecisions),
            Clock = provider.GetRequiredService<IClock>(),
            DebtorLocations = provider.GetService<IDebtorLocationReader>(),
            PhoneNumberTimeZones = provider.GetService<IPhoneNumberTimeZoneSource>(),
            PermitLifetime = options.PermitLifetime,
            RecordingDeadline = options.RecordingDeadline,
        }.Build());
        return services;
    }

    private static IContactDecisionSink DecisionSink(IServiceProvider provider, bool allowUnaudited)
    {
        if (provider.GetService<IContactDecisionSink>() is { } sink)
        {
            return sink;
        }

        if (provider.GetService<AuditTrail>() is { } trail)
        {
            return new AuditTrailContactDecisionSink(trail);
        }

        return allowUnaudited
            ? ContactDecisionSinks.None
            : throw new InvalidOperationException(
                "The contact gate records every decision, and nowhere is registered: call services.AddCollectionsAudit() (the hash-chained audit trail; "
                + "add services.AddCollectionsSqliteAuditStore(...) to keep it in a file), or register an IContactDecisionSink of your own. "
                + "To run without recording decisions (tests only), set AllowUnauditedDecisions = true in AddCollectionsContactPolicy.");
    }
}
