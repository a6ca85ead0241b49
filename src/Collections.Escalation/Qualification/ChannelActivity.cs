using System.Globalization;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>The attempts made on one channel in the qualification period, and how many of them reached the right party.</summary>
public sealed record ChannelActivity
{
    /// <summary>Creates the counts for one channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="attempts">Attempts made on it in the period (BRIEF: one outbound try to one contact point).</param>
    /// <param name="rightPartyContacts">Of those, attempts in which the debtor or an authorised representative was reached and identified.</param>
    /// <exception cref="ArgumentNullException">The channel is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or there are more right-party contacts than attempts.</exception>
    public ChannelActivity(Channel channel, int attempts, int rightPartyContacts)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        ArgumentOutOfRangeException.ThrowIfNegative(rightPartyContacts);
        if (rightPartyContacts > attempts)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rightPartyContacts),
                string.Create(CultureInfo.InvariantCulture, $"{channel.Code}: {rightPartyContacts} right-party contacts cannot come from {attempts} attempts (each is an attempt)."));
        }

        Channel = channel;
        Attempts = attempts;
        RightPartyContacts = rightPartyContacts;
    }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>Attempts made on it in the period.</summary>
    public int Attempts { get; }

    /// <summary>Attempts that reached the right party.</summary>
    public int RightPartyContacts { get; }
}
