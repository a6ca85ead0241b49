using Collections.Core;
using Collections.Core.Audit;
using Collections.Escalation;
using Collections.Escalation.InMemory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Collections.Escalation's services with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsEscalationServiceCollectionExtensions
{
    /// <summary>Registers the creditors' rules, the <see cref="EscalationWorkflow"/>, the audit trail, and in-memory stores for any store the host has not registered.</summary>
    /// <remarks>
    /// Uses <c>TryAdd</c>: the host's own <see cref="IEscalationCaseStore"/>, <see cref="IAuthorizationStore"/> and
    /// <see cref="IAuthorizationDocumentStore"/>, registered before, win; the audit trail comes from <c>AddCollectionsAudit()</c>.
    /// The workflow needs an <see cref="ILegalHoldRegistry"/>, which this method deliberately does not default: register
    /// <c>AddCollectionsContactPolicy(...)</c> (its restriction registry is the port, so the contact gate sees the holds) or
    /// the host's own; resolving the workflow without one fails with a message saying so.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the creditors' rules.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No rules were added, or two sets are for one creditor.</exception>
    /// <exception cref="EscalationDataException">A rules file or JSON is not valid.</exception>
    public static IServiceCollection AddCollectionsEscalation(this IServiceCollection services, Action<CollectionsEscalationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CollectionsEscalationBuilder();
        configure(builder);
        if (builder.Rules.Count == 0)
        {
            throw new ArgumentException("Collections.Escalation needs the escalation rules of at least one creditor: call AddRules, AddRulesFile or AddRulesJson.", nameof(configure));
        }

        var rules = EscalationRuleSet.Of(builder.Rules);
        services.AddCollectionsAudit();
        services.TryAddSingleton(rules);
        services.TryAddSingleton<IEscalationCaseStore, InMemoryEscalationCaseStore>();
        services.TryAddSingleton<IAuthorizationStore, InMemoryAuthorizationStore>();
        services.TryAddSingleton<IAuthorizationDocumentStore, InMemoryAuthorizationDocumentStore>();
        services.TryAddSingleton(provider => new EscalationWorkflow(
            provider.GetRequiredService<EscalationRuleSet>(),
            provider.GetRequiredService<IEscalationCaseStore>(),
            provider.GetRequiredService<IAuthorizationStore>(),
            provider.GetRequiredService<IAuthorizationDocumentStore>(),
            provider.GetRequiredService<AuditTrail>(),
            provider.GetService<ILegalHoldRegistry>() ?? throw new InvalidOperationException(
                "The escalation workflow tells the contact policy to hold contact about debts on the legal track, through an ILegalHoldRegistry: "
                + "register AddCollectionsContactPolicy(...) (its restriction registry is one) or your own ILegalHoldRegistry."),
            provider.GetRequiredService<IClock>()));
        return services;
    }
}
