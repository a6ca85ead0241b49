using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A complaint received about the collection of an account, for the complaint rate per 1,000 RPCs.</summary>
/// <remarks>A complaint counts in the period its day falls in; channel, agent and template say what it was about, when known.</remarks>
public readonly record struct KpiComplaint
{
    private readonly int _account;
    private readonly int _day;
    private readonly ushort _agent;
    private readonly ushort _template;
    private readonly byte _channel;
    private readonly bool _given;

    /// <summary>Creates a complaint fact.</summary>
    /// <param name="account">The account's dense index (0 or more).</param>
    /// <param name="day">The day it was received, in the creditor's time zone.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="account"/> is negative.</exception>
    public KpiComplaint(int account, LocalDate day)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(account);
        _account = account;
        _day = DayNumber.Of(day);
        _given = true;
    }

    /// <summary>The account's dense index.</summary>
    public int Account => _account;

    /// <summary>The day it was received.</summary>
    public LocalDate Day => DayNumber.ToDate(_day);

    /// <summary>The account's breakdown codes when the complaint was received.</summary>
    public KpiKey Key { get; init; }

    /// <summary>The channel complained about, or <see langword="null"/> when not given.</summary>
    public Channel? Channel
    {
        get => _channel == 0 ? null : Collections.Core.Channel.All[_channel - 1];
        init => _channel = value is null ? (byte)0 : (byte)value.Value;
    }

    /// <summary>The code of the agent complained about (0 = not given).</summary>
    public ushort Agent { get => _agent; init => _agent = value; }

    /// <summary>The code of the template complained about (0 = not given).</summary>
    public ushort Template { get => _template; init => _template = value; }

    internal int DayNumberValue => _day;

    internal int ChannelValue => _channel;

    internal bool IsDefault => !_given;

    /// <summary>Describes the complaint in the invariant culture.</summary>
    /// <returns>For example <c>complaint about account 7 on 2026-03-05</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"complaint about account {_account} on {Day:uuuu-MM-dd}");
}
