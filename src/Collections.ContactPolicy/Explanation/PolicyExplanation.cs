using System.Collections.Immutable;
using System.Text;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A policy (or rule pack) explained in plain words, rule by rule, each citing its source — generated from the rules themselves.</summary>
public sealed record PolicyExplanation
{
    /// <summary>Creates an explanation.</summary>
    /// <param name="title">The policy's or pack's title.</param>
    /// <param name="header">A line about the version (or the pack), in both languages.</param>
    /// <param name="rules">The rules in words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PolicyExplanation(BilingualText title, BilingualText header, IEnumerable<RuleExplanation> rules)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rules);
        Title = title;
        Header = header;
        Rules = [.. rules];
    }

    /// <summary>The title.</summary>
    public BilingualText Title { get; }

    /// <summary>A line about the version or pack.</summary>
    public BilingualText Header { get; }

    /// <summary>The rules in words, in the policy's order.</summary>
    public ImmutableArray<RuleExplanation> Rules { get; }

    /// <summary>The explanation as Markdown in one language (a numbered list of rules with their sources).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown text (LF line ends).</returns>
    public string ToMarkdown(Language language)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title.In(language)).Append('\n').Append('\n');
        text.Append(Header.In(language)).Append('\n').Append('\n');
        var sourceLabel = ContactPolicyTexts.Get("explain.source").In(language);
        var noteLabel = ContactPolicyTexts.Get("explain.note").In(language);
        for (var i = 0; i < Rules.Length; i++)
        {
            var rule = Rules[i];
            text.Append(InvariantText.Number(i + 1)).Append(". **").Append(rule.Id.Value).Append("** (`").Append(rule.Type).Append("`) — ")
                .Append(rule.Text.In(language)).Append('\n');
            text.Append("   - ").Append(sourceLabel).Append(": ").Append(rule.Source.Reference.In(language))
                .Append(" (").Append(rule.Source.Kind.Title.In(language)).Append(')').Append('\n');
            if (rule.Source.Note is { } note)
            {
                text.Append("   - ").Append(noteLabel).Append(": ").Append(note.In(language)).Append('\n');
            }
        }

        return text.ToString();
    }
}
