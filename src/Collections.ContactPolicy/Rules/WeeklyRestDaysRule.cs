using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>No attempts on weekly rest days (the weekend) in the recipient's local time, for example Friday and Saturday in Saudi Arabia.</summary>
/// <remarks>The whole local day counts, from its first instant to the first instant of the next day; an overnight
/// contact window that runs into a rest day is cut at midnight by this rule.</remarks>
public sealed record WeeklyRestDaysRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "weekly_rest_days";

    private readonly int _mask;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it applies to.</param>
    /// <param name="days">The rest days.</param>
    public WeeklyRestDaysRule(RuleId id, RuleSource source, ChannelSet channels, IEnumerable<IsoDayOfWeek> days)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(days);
        Days = [.. days.Distinct().Order()];
        _mask = Days.Aggregate(0, (mask, day) => mask | (1 << ((int)day & 7)));
    }

    /// <summary>The rest days.</summary>
    public ImmutableArray<IsoDayOfWeek> Days { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override bool UsesTimeZone => true;

    internal bool IsRestDay(IsoDayOfWeek day) => (_mask & (1 << ((int)day & 7))) != 0;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var date = candidate.InZone(zone).Date;
        if (!IsRestDay(date.DayOfWeek))
        {
            return RuleAnswer.Allowed(candidate);
        }

        var next = date.PlusDays(1);
        for (var i = 0; i < 7 && IsRestDay(next.DayOfWeek); i++)
        {
            next = next.PlusDays(1);
        }

        return RuleAnswer.Timed(ZoneTime.StartOfDay(zone, next), ContactRuleCode.WeeklyRestDay);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.weekly_rest_day",
            TextArgument.Of("weekday", ContactPolicyTexts.Weekday(candidate.InZone(zone).DayOfWeek)),
            TextArgument.Of("local", ContactPolicyTexts.Local(candidate, zone)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.weekly_rest_days",
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.List("days", Days.Select(ContactPolicyTexts.Weekday)));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Days.IsEmpty)
        {
            yield return ("days", "at least one rest day (leave the rule out when there is none)");
        }

        if (Days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
        {
            yield return ("days", "days must be weekdays, Monday to Sunday");
        }
        else if (Days.Length == 7)
        {
            yield return ("days", "every day of the week is a rest day: no attempt could ever be made");
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
