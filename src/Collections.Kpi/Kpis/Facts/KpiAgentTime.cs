using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Time an agent was logged in to work on one day, for RPCs per agent-hour.</summary>
/// <remarks>Logged time, not handle time: RPCs per agent-hour = right-party contacts made by agents / hours agents were
/// logged in. Counts in the period its day falls in.</remarks>
public readonly record struct KpiAgentTime
{
    private readonly int _day;
    private readonly int _seconds;
    private readonly ushort _agent;

    /// <summary>Creates an agent-time fact.</summary>
    /// <param name="agent">The agent's code (1 or more).</param>
    /// <param name="day">The day, in the creditor's time zone.</param>
    /// <param name="loggedSeconds">Seconds logged in that day (0 to 86,400 — a local day with a daylight-saving change may be up to 90,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">Agent code 0, or seconds outside 0..90,000.</exception>
    public KpiAgentTime(ushort agent, LocalDate day, int loggedSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfZero(agent);
        ArgumentOutOfRangeException.ThrowIfNegative(loggedSeconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(loggedSeconds, 90_000);
        _agent = agent;
        _day = DayNumber.Of(day);
        _seconds = loggedSeconds;
    }

    /// <summary>The agent's code.</summary>
    public ushort Agent => _agent;

    /// <summary>The day.</summary>
    public LocalDate Day => DayNumber.ToDate(_day);

    /// <summary>Seconds logged in.</summary>
    public int LoggedSeconds => _seconds;

    internal int DayNumberValue => _day;

    /// <summary>Describes the fact in the invariant culture.</summary>
    /// <returns>For example <c>agent 3 on 2026-03-05: 28800 s</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"agent {_agent} on {Day:uuuu-MM-dd}: {_seconds} s");
}
