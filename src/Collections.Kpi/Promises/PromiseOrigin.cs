using Collections.Core;

namespace Collections.Kpi;

/// <summary>How a promise or a payment plan was obtained: the channel, and the agent and template when there were any, so that KPIs can be broken down by them.</summary>
/// <remarks>Agents and templates are the host's own identifiers, kept exactly as given (opaque text, like the typed ids):
/// <c>null</c> for a promise made without an agent (self-service in the app) or without a template or script.</remarks>
public sealed record PromiseOrigin
{
    /// <summary>Creates an origin.</summary>
    /// <param name="channel">The channel on which the promise was obtained.</param>
    /// <param name="agent">The agent's identifier, or <see langword="null"/> when no agent took part.</param>
    /// <param name="template">The template or call script's identifier, or <see langword="null"/> when none was used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentException">The agent or template is empty, white space or padded.</exception>
    public PromiseOrigin(Channel channel, string? agent = null, string? template = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (agent is not null)
        {
            PromiseIdentifiers.Validate(agent, nameof(agent), "An agent identifier");
        }

        if (template is not null)
        {
            PromiseIdentifiers.Validate(template, nameof(template), "A template identifier");
        }

        Channel = channel;
        Agent = agent;
        Template = template;
    }

    /// <summary>The channel on which the promise was obtained.</summary>
    public Channel Channel { get; }

    /// <summary>The agent's identifier, or <see langword="null"/> when no agent took part.</summary>
    public string? Agent { get; }

    /// <summary>The template or call script's identifier, or <see langword="null"/> when none was used.</summary>
    public string? Template { get; }
}
