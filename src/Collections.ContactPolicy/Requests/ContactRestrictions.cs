using System.Collections.Immutable;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>What is recorded about a debtor, contact point and debt that restricts contact: opt-outs, do-not-contact, cease-communication, disputes and legal holds.</summary>
/// <remarks>Loaded by the host (port <see cref="IContactRestrictionRegistry"/>) and passed with the request; the policy
/// decides which of them it honours (<see cref="RestrictionRule"/>).</remarks>
public sealed record ContactRestrictions
{
    /// <summary>No restrictions.</summary>
    public static ContactRestrictions None { get; } = new();

    /// <summary>Opt-outs per channel (and optionally per contact point).</summary>
    public ImmutableArray<ChannelOptOut> OptOuts { get; init; } = [];

    /// <summary>When the debtor was put on the do-not-contact list, if they are.</summary>
    public Instant? DoNotContactSince { get; init; }

    /// <summary>When the debtor asked that communication cease, if they did.</summary>
    public Instant? CeaseCommunicationSince { get; init; }

    /// <summary>Disputes and legal holds on the debt.</summary>
    public ImmutableArray<ContactHold> Holds { get; init; } = [];
}
