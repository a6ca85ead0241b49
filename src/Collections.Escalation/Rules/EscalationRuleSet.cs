using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>The escalation rules of every creditor a host works for, one set per creditor.</summary>
public sealed class EscalationRuleSet
{
    private readonly FrozenDictionary<CreditorId, EscalationRules> _rules;

    private EscalationRuleSet(FrozenDictionary<CreditorId, EscalationRules> rules) => _rules = rules;

    /// <summary>The rules, ordered by creditor.</summary>
    public IReadOnlyList<EscalationRules> All => [.. _rules.Values.OrderBy(r => r.Creditor)];

    /// <summary>Creates the set.</summary>
    /// <param name="rules">One set of rules per creditor.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">The rules or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two sets of rules are for the same creditor.</exception>
    public static EscalationRuleSet Of(params IEnumerable<EscalationRules> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var dictionary = new Dictionary<CreditorId, EscalationRules>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!dictionary.TryAdd(rule.Creditor, rule))
            {
                throw new ArgumentException($"Two sets of escalation rules for creditor '{rule.Creditor}': give one per creditor.", nameof(rules));
            }
        }

        return new EscalationRuleSet(dictionary.ToFrozenDictionary());
    }

    /// <summary>Looks up a creditor's rules.</summary>
    /// <param name="creditor">The creditor.</param>
    /// <param name="rules">The rules when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(CreditorId creditor, [NotNullWhen(true)] out EscalationRules? rules) => _rules.TryGetValue(creditor, out rules);

    /// <summary>A creditor's rules.</summary>
    /// <param name="creditor">The creditor.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="KeyNotFoundException">No rules for that creditor (a configuration error of the host).</exception>
    public EscalationRules For(CreditorId creditor) =>
        TryGet(creditor, out var rules)
            ? rules
            : throw new KeyNotFoundException($"No escalation rules for creditor '{creditor}': add them to the EscalationRuleSet (known: {string.Join(", ", _rules.Keys.Order())}).");
}
