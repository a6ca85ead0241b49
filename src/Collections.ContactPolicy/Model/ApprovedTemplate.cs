using System.Collections.Immutable;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A template approved by the creditor's compliance for a channel, a language and (optionally) stages, and whether it may go to third parties.</summary>
public sealed record ApprovedTemplate
{
    /// <summary>Creates an approval.</summary>
    /// <param name="id">The template's identifier in the host's catalogue.</param>
    /// <param name="channel">The channel it is approved for.</param>
    /// <param name="language">The language it is approved in (BCP 47 tag, for example <c>ar</c>).</param>
    /// <param name="stages">The collection stages it is approved for; none means every stage.</param>
    /// <exception cref="ArgumentException">The language is not a language tag.</exception>
    public ApprovedTemplate(TemplateId id, Channel channel, string language, IEnumerable<StageId>? stages = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Id = id;
        Channel = channel;
        Language = LanguageTag.Normalise(language, nameof(language));
        Stages = stages is null ? [] : [.. stages.Distinct()];
    }

    /// <summary>The template's identifier.</summary>
    public TemplateId Id { get; }

    /// <summary>The channel it is approved for.</summary>
    public Channel Channel { get; }

    /// <summary>The language it is approved in.</summary>
    public string Language { get; }

    /// <summary>The stages it is approved for; empty means every stage.</summary>
    public ImmutableArray<StageId> Stages { get; }

    /// <summary>Whether it is approved for third parties (its text must then not reveal the debt).</summary>
    public bool ForThirdParties { get; init; }
}
