using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>At least a minimum time between any two attempts on the rule's channels within the scope.</summary>
/// <remarks>An attempt at t is refused when another was made in (t − gap, t]; exactly one gap later it is allowed.</remarks>
public sealed record MinimumGapRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "minimum_gap";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it counts and applies to.</param>
    /// <param name="scope">What attempts are counted over.</param>
    /// <param name="minutes">The gap in minutes, at least 1.</param>
    public MinimumGapRule(RuleId id, RuleSource source, ChannelSet channels, CapScope scope, int minutes)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        Minutes = minutes;
    }

    /// <summary>What attempts are counted over.</summary>
    public CapScope Scope { get; }

    /// <summary>The gap in minutes.</summary>
    public int Minutes { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal Duration Gap => Duration.FromMinutes(Minutes);

    internal override Duration Lookback => Gap;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var history = evaluation.History;
        var scope = Evaluation.ScopeFlag(Scope);
        var from = candidate - Gap;
        Instant? latest = null;
        for (var i = 0; i < history.Length; i++)
        {
            var made = history[i].At;
            if (made > from && made <= candidate && evaluation.Counts(i, scope, Channels))
            {
                latest = made;
            }
        }

        return latest is { } previous
            ? RuleAnswer.Timed(previous + Gap, ContactRuleCode.MinimumGap, previous.ToUnixTimeTicks())
            : RuleAnswer.Allowed(candidate);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.minimum_gap",
            TextArgument.Of("minutes", ContactPolicyTexts.Count(Minutes, "minute")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("previous", ContactPolicyTexts.Local(Instant.FromUnixTimeTicks(answer.Detail), zone)),
            TextArgument.Of("lifts", ContactPolicyTexts.Local(answer.Next!.Value, zone)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.minimum_gap",
            TextArgument.Of("minutes", ContactPolicyTexts.Count(Minutes, "minute")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Minutes is < 1 or > 527_040)
        {
            yield return ("minutes", string.Create(CultureInfo.InvariantCulture, $"the gap must be 1 minute to 366 days (got {Minutes})"));
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
