using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>What a recommendation is about: a segment, a channel, an agent, a template or a list of accounts. The codes and
/// values are persisted.</summary>
public sealed class RecommendationSubjectKind : SmartEnum<RecommendationSubjectKind>
{
    /// <summary>A segment (code <c>segment</c>).</summary>
    public static readonly RecommendationSubjectKind Segment = new("segment", 1);

    /// <summary>A channel (code <c>channel</c>).</summary>
    public static readonly RecommendationSubjectKind Channel = new("channel", 2);

    /// <summary>An agent (code <c>agent</c>).</summary>
    public static readonly RecommendationSubjectKind Agent = new("agent", 3);

    /// <summary>A template (code <c>template</c>).</summary>
    public static readonly RecommendationSubjectKind Template = new("template", 4);

    /// <summary>A list of accounts (code <c>accounts</c>).</summary>
    public static readonly RecommendationSubjectKind Accounts = new("accounts", 5);

    private RecommendationSubjectKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The name in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.subject." + Code];

    /// <summary>Every kind, ordered by value.</summary>
    public static IReadOnlyList<RecommendationSubjectKind> All { get; } = [Segment, Channel, Agent, Template, Accounts];

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
