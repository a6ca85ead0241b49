using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A recipient's opt-out of a channel, from an instant on, for one contact point or all of them.</summary>
public sealed record ChannelOptOut
{
    /// <summary>Creates an opt-out.</summary>
    /// <param name="channel">The channel opted out of.</param>
    /// <param name="since">When it was recorded; attempts from then on are refused.</param>
    /// <param name="contactPoint">The contact point it covers, or null for every contact point of the debtor.</param>
    /// <exception cref="ArgumentNullException">The channel is null.</exception>
    public ChannelOptOut(Channel channel, Instant since, ContactPointId? contactPoint = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Channel = channel;
        Since = since;
        ContactPoint = contactPoint;
    }

    /// <summary>The channel opted out of.</summary>
    public Channel Channel { get; }

    /// <summary>When it was recorded.</summary>
    public Instant Since { get; }

    /// <summary>The contact point it covers, or null for every contact point.</summary>
    public ContactPointId? ContactPoint { get; }
}
