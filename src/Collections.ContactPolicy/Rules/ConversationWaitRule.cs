using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>No attempt on the rule's channels within D days after a right-party conversation about the debt (for example no call within 7 days after a telephone conversation).</summary>
/// <remarks>A conversation is an attempt whose outcome is a right-party contact (<see cref="AttemptOutcome.RightParty"/>) on
/// one of <see cref="ConversationChannels"/>, within the scope. Same convention as caps: a conversation at c blocks
/// (c, c + D×24 h) and an attempt exactly D×24 h later is allowed again — at least as strict as counting the
/// conversation's day as the first of D calendar days.</remarks>
public sealed record ConversationWaitRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "wait_after_conversation";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels the wait restricts.</param>
    /// <param name="scope">Which conversations count: about the same debt, the same debtor, or on the same contact point.</param>
    /// <param name="days">The waiting time in days of 24 hours, at least 1.</param>
    /// <param name="conversationChannels">The channels on which a right-party contact counts as a conversation.</param>
    public ConversationWaitRule(RuleId id, RuleSource source, ChannelSet channels, CapScope scope, int days, ChannelSet conversationChannels)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        Days = days;
        ConversationChannels = conversationChannels;
    }

    /// <summary>Which conversations count.</summary>
    public CapScope Scope { get; }

    /// <summary>The waiting time in days.</summary>
    public int Days { get; }

    /// <summary>The channels on which a right-party contact counts as a conversation.</summary>
    public ChannelSet ConversationChannels { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal Duration Wait => Duration.FromDays(Days);

    internal override Duration Lookback => Wait;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var history = evaluation.History;
        var scope = Evaluation.ScopeFlag(Scope);
        var from = candidate - Wait;
        Instant? latest = null;
        for (var i = 0; i < history.Length; i++)
        {
            ref readonly var attempt = ref history[i];
            if (attempt.At > from && attempt.At <= candidate && attempt.Outcome.IsRightPartyContact
                && evaluation.Counts(i, scope, ConversationChannels))
            {
                latest = attempt.At;
            }
        }

        return latest is { } conversation
            ? RuleAnswer.Timed(conversation + Wait, ContactRuleCode.WaitingAfterConversation, conversation.ToUnixTimeTicks())
            : RuleAnswer.Allowed(candidate);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.wait_after_conversation",
            TextArgument.Of("days", ContactPolicyTexts.Count(Days, "day")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("conversation", ContactPolicyTexts.Local(Instant.FromUnixTimeTicks(answer.Detail), zone)),
            TextArgument.Of("lifts", ContactPolicyTexts.Local(answer.Next!.Value, zone)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.wait_after_conversation",
            TextArgument.Of("days", ContactPolicyTexts.Count(Days, "day")),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("scope", Scope.Title),
            TextArgument.Of("conversation_channels", ContactPolicyTexts.Channels(ConversationChannels)));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Days is < 1 or > 366)
        {
            yield return ("days", string.Create(CultureInfo.InvariantCulture, $"the waiting time must be 1 to 366 days (got {Days})"));
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }

        if (ConversationChannels.IsEmpty)
        {
            yield return ("conversationChannels", "at least one channel");
        }
    }
}
