using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>One rule of a contact policy: an identifier, the source it cites, the channels it applies to, and how it decides.</summary>
/// <remarks>
/// Rules are immutable values; every concrete rule type is sealed and defined in this package (the set is closed so that
/// policies load from JSON and explain themselves). Rules are checked when the policy is built
/// (<see cref="ContactPolicyBuilder.Build"/>), which lists every violation at once.
/// </remarks>
public abstract record ContactRule
{
    private protected ContactRule(RuleId id, RuleSource source, ChannelSet channels)
    {
        ArgumentNullException.ThrowIfNull(source);
        Id = id;
        Source = source;
        Channels = channels;
    }

    /// <summary>The rule's identifier, cited by denials.</summary>
    public RuleId Id { get; }

    /// <summary>The regulation article or creditor instruction the rule comes from.</summary>
    public RuleSource Source { get; }

    /// <summary>The channels the rule applies to (requests on other channels are not checked by it).</summary>
    public ChannelSet Channels { get; }

    /// <summary>The rule's type as written in policy files, for example <c>frequency_cap</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Whether the rule reads the recipient's local time (and is checked once per candidate zone).</summary>
    internal virtual bool UsesTimeZone => false;

    /// <summary>How far back history matters to the rule.</summary>
    internal virtual Duration Lookback => Duration.Zero;

    /// <summary>Whether the rule checks requests on a channel.</summary>
    internal bool AppliesTo(Channel channel) => Channels.Contains(channel);

    /// <summary>The rule's answer at a candidate instant (in a zone, for rules that read local time).</summary>
    internal abstract RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone);

    /// <summary>Why the rule refused at a candidate instant, in words.</summary>
    internal abstract BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone);

    /// <summary>The rule in plain words, for the policy's explanation (<paramref name="forAgency"/>: the policy is an agency's, acting for a creditor).</summary>
    internal abstract BilingualText Describe(bool forAgency);

    /// <summary>What is wrong with the rule, field by field (field names as in policy files).</summary>
    internal virtual IEnumerable<(string Field, string Message)> Problems() => [];

    /// <summary>The explanation's channel clause: "on every channel" or "on calls, SMS".</summary>
    private protected BilingualText ChannelClause() =>
        Channels.IsAll ? ContactPolicyTexts.Get("clause.every_channel") : ContactPolicyTexts.Format("clause.channels", TextArgument.List("channels", Channels.Channels.Select(c => c.Title)));
}
