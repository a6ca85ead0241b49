using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>At most N attempts on the rule's channels per local day of the recipient, counted per debt, debtor or contact point.</summary>
/// <remarks>The day is the recipient's local calendar day (from its first instant to the next day's first instant, so
/// 23 or 25 hours on DST change days); with several candidate zones the limit must hold in each.</remarks>
public sealed record DailyLimitRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "daily_limit";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it counts and applies to.</param>
    /// <param name="scope">What attempts are counted over.</param>
    /// <param name="maxAttempts">The most attempts per local day, at least 1.</param>
    public DailyLimitRule(RuleId id, RuleSource source, ChannelSet channels, CapScope scope, int maxAttempts)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        MaxAttempts = maxAttempts;
    }

    /// <summary>What attempts are counted over.</summary>
    public CapScope Scope { get; }

    /// <summary>The most attempts per local day.</summary>
    public int MaxAttempts { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override bool UsesTimeZone => true;

    // A local day starts at most about 26 hours before an instant in it (24 h plus a DST hour, with margin).
    internal override Duration Lookback => Duration.FromDays(2);

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var date = candidate.InZone(zone).Date;
        var start = ZoneTime.StartOfDay(zone, date);
        var end = ZoneTime.StartOfDay(zone, date.PlusDays(1));
        var history = evaluation.History;
        var scope = Evaluation.ScopeFlag(Scope);
        var count = 0;
        for (var i = 0; i < history.Length; i++)
        {
            var made = history[i].At;
            if (made >= start && made < end && evaluation.Counts(i, scope, Channels))
            {
                count++;
            }
        }

        return count < MaxAttempts ? RuleAnswer.Allowed(candidate) : RuleAnswer.Timed(end, ContactRuleCode.DailyLimitReached, count);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.daily_limit",
            TextArgument.Of("max", ContactPolicyTexts.Count(MaxAttempts, "attempt")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title),
            TextArgument.Of("count", ContactPolicyTexts.Count(answer.Detail, "attempt", genitive: true)),
            TextArgument.Of("local", ContactPolicyTexts.Local(candidate, zone)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.daily_limit",
            TextArgument.Of("max", ContactPolicyTexts.Count(MaxAttempts, "attempt")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (MaxAttempts < 1)
        {
            yield return ("maxAttempts", string.Create(CultureInfo.InvariantCulture, $"a daily limit must allow at least 1 attempt (got {MaxAttempts})"));
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
