using System.Collections.Immutable;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>The template (message or call script) an attempt will use, as the host's template catalogue describes it.</summary>
/// <remarks>The policy decides whether it is approved (<see cref="ApprovedTemplatesRule"/>), whether it has the fields the
/// policy requires, and whether it may go to a third party (only if approved for third parties and not revealing the debt).</remarks>
public sealed record MessageTemplate
{
    /// <summary>Creates a template description.</summary>
    /// <param name="id">The template's identifier.</param>
    /// <param name="channel">The channel it is written for.</param>
    /// <param name="language">Its language as a BCP 47 tag, for example <c>ar</c> or <c>en</c>.</param>
    /// <param name="fields">The required-field kinds it contains (creditor name, contact number, …).</param>
    /// <exception cref="ArgumentException">The language is not a language tag.</exception>
    public MessageTemplate(TemplateId id, Channel channel, string language, IEnumerable<TemplateField> fields)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(fields);
        Id = id;
        Channel = channel;
        Language = LanguageTag.Normalise(language, nameof(language));
        Fields = [.. fields.Distinct()];
    }

    /// <summary>The template's identifier.</summary>
    public TemplateId Id { get; }

    /// <summary>The channel it is written for.</summary>
    public Channel Channel { get; }

    /// <summary>Its language (lower-case BCP 47 tag).</summary>
    public string Language { get; }

    /// <summary>The required-field kinds it contains.</summary>
    public ImmutableArray<TemplateField> Fields { get; }

    /// <summary>Whether its text reveals that the recipient owes a debt (such a template may never go to a third party).</summary>
    public bool RevealsDebt { get; init; } = true;
}
