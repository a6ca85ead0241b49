using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>One reason an attempt is refused: the code, the rule, its source, an explanation in English and Arabic, and how long it lasts.</summary>
public sealed record ContactDenial
{
    /// <summary>Creates a denial.</summary>
    /// <param name="code">The reason code.</param>
    /// <param name="ruleId">The rule that refuses.</param>
    /// <param name="explanation">Why, in English and Arabic, with the figures that matter (counts, hours, dates, zone).</param>
    /// <param name="source">The rule's source (regulation article or creditor instruction).</param>
    /// <param name="kind">Whether it lifts with time, when a hold is lifted, or not at all.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ContactDenial(ContactRuleCode code, RuleId ruleId, BilingualText explanation, RuleSource source, DenialKind kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(source);
        Code = code;
        RuleId = ruleId;
        Explanation = explanation;
        Source = source;
        Kind = kind;
    }

    /// <summary>The reason code.</summary>
    public ContactRuleCode Code { get; }

    /// <summary>The rule that refuses.</summary>
    public RuleId RuleId { get; }

    /// <summary>Why, in English and Arabic.</summary>
    public BilingualText Explanation { get; }

    /// <summary>The rule's source.</summary>
    public RuleSource Source { get; }

    /// <summary>Whether it lifts with time, when a hold is lifted, or not at all.</summary>
    public DenialKind Kind { get; }

    /// <summary>For a timed denial, the earliest instant at which this rule alone would allow the attempt (other rules may refuse then).</summary>
    public Instant? LiftsAt { get; init; }
}
