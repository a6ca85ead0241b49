using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A checked set of segment definitions, ordered by priority, in which every account finds exactly one segment.</summary>
/// <remarks>
/// <para>Evaluation takes the first segment, by priority (1 first), whose criteria the account meets. The set always
/// has a catch-all (criteria <see cref="SegmentCriteria.Any"/>), so every account gets exactly one segment.</para>
/// <para><see cref="Create"/> refuses, listing every violation: no definitions, a null one, repeated ids, repeated or
/// non-positive priorities (the order must be unambiguous), no reason, an invalid channel mix or criterion, no
/// catch-all, and segments placed after the first catch-all (they could never match).</para>
/// </remarks>
public sealed class SegmentDefinitionSet
{
    private readonly Dictionary<SegmentId, SegmentDefinition> _byId;

    private SegmentDefinitionSet(ImmutableArray<SegmentDefinition> definitions)
    {
        Definitions = definitions;
        _byId = definitions.ToDictionary(d => d.Id);
    }

    /// <summary>The definitions, by priority (1 first).</summary>
    public ImmutableArray<SegmentDefinition> Definitions { get; }

    /// <summary>The catch-all (the last definition).</summary>
    public SegmentDefinition CatchAll => Definitions[^1];

    /// <summary>Checks definitions and creates the set.</summary>
    /// <param name="definitions">The definitions, in any order.</param>
    /// <returns>The set, ordered by priority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    /// <exception cref="ArgumentException">The definitions are invalid; every violation listed.</exception>
    public static SegmentDefinitionSet Create(IEnumerable<SegmentDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();
        var violations = Validate(list);
        if (violations.Count > 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The segment definitions are invalid ({violations.Count} violation(s)): ") + string.Join("; ", violations) + ".",
                nameof(definitions));
        }

        return new SegmentDefinitionSet([.. list.OrderBy(d => d.Priority)]);
    }

    /// <summary>Lists what <see cref="Create"/> would refuse, without throwing.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <returns>Every violation, in words; empty when the definitions form a valid set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    public static IReadOnlyList<string> Validate(IEnumerable<SegmentDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();
        var violations = new List<string>();
        if (list.Count == 0)
        {
            violations.Add("there are no segment definitions");
            return violations;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"definition {i} is null"));
            }
        }

        var valid = list.Where(d => d is not null).ToList();
        foreach (var repeated in valid.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"segment id '{repeated.Key}' is used {repeated.Count()} times"));
        }

        foreach (var repeated in valid.GroupBy(d => d.Priority).Where(g => g.Count() > 1))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"priority {repeated.Key} is shared by {string.Join(", ", repeated.Select(d => $"'{d.Id}'"))}; priorities must be unique so the order is unambiguous"));
        }

        foreach (var definition in valid)
        {
            var owner = $"segment '{definition.Id}'";
            if (definition.Priority < 1)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: priority {definition.Priority} is below 1"));
            }

            if (definition.Title is null)
            {
                violations.Add($"{owner}: no title");
            }

            if (definition.Reasons.IsDefaultOrEmpty || definition.Reasons.Any(r => r is null))
            {
                violations.Add($"{owner}: no reason in words (at least one, with no null entries)");
            }

            if (definition.ChannelMix is null)
            {
                violations.Add($"{owner}: no channel mix");
            }
            else
            {
                definition.ChannelMix.Validate(owner, violations);
            }

            if (definition.Criteria is null)
            {
                violations.Add($"{owner}: no criteria (use SegmentCriteria.Any for a catch-all)");
            }
            else
            {
                definition.Criteria.Validate(owner, violations);
            }
        }

        var ordered = valid.Where(d => d.Criteria is not null).OrderBy(d => d.Priority).ToList();
        var firstCatchAll = ordered.FindIndex(d => d.IsCatchAll);
        if (firstCatchAll < 0)
        {
            violations.Add("no catch-all segment (criteria matching every account), so some accounts could get no segment");
        }
        else
        {
            foreach (var unreachable in ordered.Skip(firstCatchAll + 1))
            {
                violations.Add($"segment '{unreachable.Id}' comes after the catch-all '{ordered[firstCatchAll].Id}' and could never match");
            }
        }

        return violations;
    }

    /// <summary>Looks up a definition by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(SegmentId id, [NotNullWhen(true)] out SegmentDefinition? definition) => _byId.TryGetValue(id, out definition);

    /// <summary>The first definition, by priority, whose criteria an account meets.</summary>
    /// <param name="profile">The account.</param>
    /// <param name="reachability">Its reachability estimate.</param>
    /// <returns>The segment (the catch-all when nothing more specific matches).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SegmentDefinition Classify(AccountProfile profile, ReachabilityEstimate reachability)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(reachability);
        return Definitions[IndexOf(profile, reachability)];
    }

    internal int IndexOf(AccountProfile profile, ReachabilityEstimate reachability)
    {
        var definitions = Definitions;
        for (var i = 0; i < definitions.Length - 1; i++)
        {
            if (definitions[i].Criteria.Matches(profile, reachability))
            {
                return i;
            }
        }

        // The last definition is a catch-all (checked in Create): it matches every account.
        return definitions.Length - 1;
    }
}
