using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>At most N attempts on the rule's channels in a rolling window of D days, counted per debt, debtor or contact point (for example 7 calls in 7 days about a debt).</summary>
/// <remarks>
/// BRIEF convention: a cap of N in D days counts the attempts in (t − D×24 h, t]; an attempt exactly D×24 h old no
/// longer counts. An attempt at t is allowed when fewer than N are counted, so after it at most N are. Every attempt
/// counts whatever its outcome. Rolling 24-hour days are at least as strict as counting calendar days: no span of D
/// consecutive local days can hold more than N allowed attempts.
/// </remarks>
public sealed record FrequencyCapRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "frequency_cap";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it counts and applies to.</param>
    /// <param name="scope">What attempts are counted over: the debt, the debtor or the contact point.</param>
    /// <param name="maxAttempts">N, at least 1.</param>
    /// <param name="days">D, the window in days (of 24 hours), at least 1.</param>
    public FrequencyCapRule(RuleId id, RuleSource source, ChannelSet channels, CapScope scope, int maxAttempts, int days)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        MaxAttempts = maxAttempts;
        Days = days;
    }

    /// <summary>What attempts are counted over.</summary>
    public CapScope Scope { get; }

    /// <summary>N: the most attempts allowed in the window.</summary>
    public int MaxAttempts { get; }

    /// <summary>D: the window's length in days of 24 hours.</summary>
    public int Days { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal Duration Window => Duration.FromDays(Days);

    internal override Duration Lookback => Window;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        // History is in time order: count the attempts in (candidate − D, candidate] and note the first of them.
        var history = evaluation.History;
        var scope = Evaluation.ScopeFlag(Scope);
        var from = candidate - Window;
        var count = 0;
        var first = -1;
        for (var i = 0; i < history.Length; i++)
        {
            var made = history[i].At;
            if (made > from && made <= candidate && evaluation.Counts(i, scope, Channels))
            {
                first = count == 0 ? i : first;
                count++;
            }
        }

        if (count < MaxAttempts)
        {
            return RuleAnswer.Allowed(candidate);
        }

        // Fewer than N remain once the (count − N + 1) oldest have aged out, D after the last of them was made. Attempts
        // made after the candidate may refill the window by then; the search asks again at that instant.
        var toAgeOut = count - MaxAttempts;
        for (var i = first; i < history.Length; i++)
        {
            if (history[i].At <= candidate && evaluation.Counts(i, scope, Channels) && toAgeOut-- == 0)
            {
                return RuleAnswer.Timed(history[i].At + Window, ContactRuleCode.FrequencyCapReached, count);
            }
        }

        return RuleAnswer.Timed(Instant.MaxValue, ContactRuleCode.FrequencyCapReached, count);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.frequency_cap",
            TextArgument.Of("max", ContactPolicyTexts.Count(MaxAttempts, "attempt")),
            TextArgument.Of("days", ContactPolicyTexts.Count(Days, "day")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title),
            TextArgument.Of("count", ContactPolicyTexts.Count(answer.Detail, "attempt", genitive: true)),
            TextArgument.Of("lifts", LiftsAt(evaluation, candidate) is { } lifts ? ContactPolicyTexts.Local(lifts, zone) : "-"));

    /// <summary>When the cap alone allows the attempt again: the first instant from the candidate at which fewer than N are counted.</summary>
    private Instant? LiftsAt(in Evaluation evaluation, Instant candidate)
    {
        var at = candidate;
        for (var round = 0; round < 10_000; round++)
        {
            var answer = Evaluate(evaluation, at, DateTimeZone.Utc);
            if (answer.IsAllowed)
            {
                return at;
            }

            if (answer.Next is not { } next || next == Instant.MaxValue)
            {
                return null;
            }

            at = next;
        }

        return null;
    }

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.frequency_cap",
            TextArgument.Of("max", ContactPolicyTexts.Count(MaxAttempts, "attempt")),
            TextArgument.Of("days", ContactPolicyTexts.Count(Days, "day")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (MaxAttempts < 1)
        {
            yield return ("maxAttempts", string.Create(CultureInfo.InvariantCulture, $"a cap must allow at least 1 attempt (got {MaxAttempts}); to stop contact on a channel, leave it out of allowed_channels"));
        }

        if (Days is < 1 or > 366)
        {
            yield return ("days", string.Create(CultureInfo.InvariantCulture, $"the window must be 1 to 366 days (got {Days})"));
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
