using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Only the listed channels may be used (for example SAMA 2025: e-mail, registered mail, SMS, calls, the creditor's app or website).</summary>
public sealed record AllowedChannelsRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "allowed_channels";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="allowed">The channels allowed (at least one).</param>
    public AllowedChannelsRule(RuleId id, RuleSource source, IEnumerable<Channel> allowed)
        : base(id, source, ChannelSet.All)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        Allowed = ChannelSet.Of(allowed);
    }

    /// <summary>The channels allowed.</summary>
    public ChannelSet Allowed { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone) =>
        Allowed.Contains(evaluation.Request.Channel) ? RuleAnswer.Allowed(candidate) : RuleAnswer.Never(ContactRuleCode.ChannelNotAllowed);

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            "denial.channel_not_allowed",
            TextArgument.Of("channel", evaluation.Request.Channel.Title),
            TextArgument.Of("allowed", ContactPolicyTexts.Channels(Allowed)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format("rule.allowed_channels", TextArgument.Of("allowed", ContactPolicyTexts.Channels(Allowed)));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Allowed.IsEmpty)
        {
            yield return ("channels", "at least one channel must be allowed (to stop all contact, use do_not_contact)");
        }
    }
}
