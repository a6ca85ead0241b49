using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A segment's recommended channel mix: each channel's share of the contact effort, summing to 100%, or explicitly no outbound contact.</summary>
/// <remarks>
/// <para>A mix is checked when its segment set is created (<see cref="SegmentDefinitionSet.Create"/>): shares of 1–100%,
/// no channel twice, a total of exactly 100%. An empty mix is refused; a segment that must not be contacted says so
/// with <see cref="NoOutboundContact"/> (e.g. an open dispute, which freezes (docs/kpi-definitions.md) contact about the debt on every
/// channel, or an account with no usable contact point, which goes to tracing first).</para>
/// </remarks>
public sealed class ChannelMix
{
    private ChannelMix(ImmutableArray<ChannelShare> shares, bool withholdsContact)
    {
        Shares = shares;
        WithholdsContact = withholdsContact;
    }

    /// <summary>No outbound contact on any channel (the segment is worked by a queue, not by attempts).</summary>
    public static ChannelMix NoOutboundContact { get; } = new([], withholdsContact: true);

    /// <summary>The shares, in the order given.</summary>
    public ImmutableArray<ChannelShare> Shares { get; }

    /// <summary>Whether the segment gets no outbound contact.</summary>
    public bool WithholdsContact { get; }

    /// <summary>A mix from channel shares (checked when the segment set is created).</summary>
    /// <param name="shares">The shares, e.g. <c>(Channel.Call, 70), (Channel.Sms, 30)</c>.</param>
    /// <returns>The mix.</returns>
    public static ChannelMix Of(params IEnumerable<(Channel Channel, int Percent)> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        return new ChannelMix([.. shares.Select(s => new ChannelShare(s.Channel, s.Percent))], withholdsContact: false);
    }

    /// <summary>A channel's share, 0 when it is not in the mix.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Whole percent.</returns>
    public int PercentFor(Channel channel) => Shares.Where(s => s.Channel == channel).Sum(s => s.Percent);

    /// <summary>For example <c>call 70%, sms 30%</c> or <c>no outbound contact</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => WithholdsContact ? "no outbound contact" : string.Join(", ", Shares);

    internal void Validate(string owner, List<string> violations)
    {
        if (WithholdsContact)
        {
            return;
        }

        if (Shares.IsDefaultOrEmpty)
        {
            violations.Add($"{owner}: the channel mix is empty (use ChannelMix.NoOutboundContact for a segment that must not be contacted)");
            return;
        }

        if (Shares.Any(s => s.Channel is null))
        {
            violations.Add($"{owner}: the channel mix has a share without a channel");
        }

        foreach (var share in Shares.Where(s => s.Percent is < 1 or > 100))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the share of {share.Channel?.Code} is {share.Percent}%, outside 1..100"));
        }

        foreach (var repeated in Shares.Where(s => s.Channel is not null).GroupBy(s => s.Channel.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the channel mix names {repeated.Key} {repeated.Count()} times"));
        }

        var total = Shares.Sum(s => (long)s.Percent);
        if (total != 100)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the channel shares sum to {total}%, not 100%"));
        }
    }
}
