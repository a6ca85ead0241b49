using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>One channel's share of a segment's recommended contact effort, in whole percent.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Percent">Its share, 1 to 100.</param>
public readonly record struct ChannelShare(Channel Channel, int Percent)
{
    /// <summary>The share as a fraction rate (e.g. 70/100).</summary>
    public Rate Share => new(Percent, 100);

    /// <summary>For example <c>call 70%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Channel?.Code} {Percent}%");
}
