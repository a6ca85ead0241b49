using System.Collections.Immutable;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A preset set of rules shipped with the package, each citing its source (for example <c>sa-sama-2025</c>); a starting point that a creditor's policy adds to or adjusts.</summary>
public sealed class RulePack
{
    internal RulePack(string id, BilingualText title, BilingualText summary, ImmutableArray<ContactRule> rules)
    {
        Id = id;
        Title = title;
        Summary = summary;
        Rules = rules;
    }

    /// <summary>The pack's identifier, for example <c>sa-sama-2025</c> or <c>us-reg-f</c>.</summary>
    public string Id { get; }

    /// <summary>The pack's title.</summary>
    public BilingualText Title { get; }

    /// <summary>What the pack covers and what the creditor must still set.</summary>
    public BilingualText Summary { get; }

    /// <summary>The rules, in order.</summary>
    public ImmutableArray<ContactRule> Rules { get; }

    /// <summary>The rule with an id.</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The pack has no such rule.</exception>
    public ContactRule this[RuleId id] => Rules.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"Pack {Id} has no rule '{id}'.");

    /// <summary>The pack in plain words, rule by rule with sources — generated from its rules (docs/rules/ holds the result).</summary>
    /// <returns>The explanation.</returns>
    public PolicyExplanation Explain() =>
        new(Title, Summary, Rules.Select(r => new RuleExplanation(r.Id, r.Type, r.Describe(forAgency: true), r.Source)));
}
