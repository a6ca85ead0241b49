using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>The channels a rule applies to: every channel, or a listed few.</summary>
/// <remarks>Held as a bit mask of <see cref="Channel"/> values so that a decision checks membership without allocating.</remarks>
public readonly record struct ChannelSet
{
    private readonly int _mask;

    private ChannelSet(int mask) => _mask = mask;

    /// <summary>Every channel, including any added later.</summary>
    public static ChannelSet All { get; } = new(-1);

    /// <summary>Whether the set holds every channel.</summary>
    public bool IsAll => _mask == -1;

    /// <summary>Whether the set holds no channel.</summary>
    public bool IsEmpty => _mask == 0;

    /// <summary>The channels in the set, ordered by value.</summary>
    public IReadOnlyList<Channel> Channels
    {
        get
        {
            var mask = _mask;
            return [.. Channel.All.Where(c => (mask & Bit(c)) != 0)];
        }
    }

    /// <summary>A set of the given channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">A channel is null.</exception>
    public static ChannelSet Of(params IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var mask = 0;
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            mask |= Bit(channel);
        }

        return new ChannelSet(mask);
    }

    /// <summary>Whether the set holds the channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return (_mask & Bit(channel)) != 0;
    }

    /// <summary>The channels' codes, or <c>all</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsAll ? "all" : string.Join(", ", Channels.Select(c => c.Code));

    private static int Bit(Channel channel) => 1 << (channel.Value & 31);
}
