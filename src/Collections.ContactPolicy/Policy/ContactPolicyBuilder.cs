using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Configures a contact policy (mutable); <see cref="Build"/> checks everything at once and returns the immutable <see cref="ContactPolicy"/>.</summary>
/// <remarks>Start empty, or from a rule pack (<see cref="AddPack"/>) and adjust: <see cref="Replace"/> a rule by its id
/// (for example the creditor's exact working hours), <see cref="Remove"/> one, or <see cref="Add"/> more.</remarks>
public sealed class ContactPolicyBuilder
{
    private readonly List<ContactRule> _rules = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="policyId">The policy's identifier.</param>
    /// <param name="creditor">The creditor it belongs to.</param>
    public ContactPolicyBuilder(PolicyId policyId, CreditorId creditor)
    {
        PolicyId = policyId;
        Creditor = creditor;
    }

    /// <summary>The policy's identifier.</summary>
    public PolicyId PolicyId { get; set; }

    /// <summary>The creditor it belongs to.</summary>
    public CreditorId Creditor { get; set; }

    /// <summary>The version label (required).</summary>
    public string? Version { get; set; }

    /// <summary>Who approved this version (required).</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>When this version was approved (required).</summary>
    public LocalDate? ApprovedOn { get; set; }

    /// <summary>The first day this version applies, in the creditor's zone (required; not before approval).</summary>
    public LocalDate? EffectiveFrom { get; set; }

    /// <summary>The creditor's time zone (default Asia/Riyadh, BRIEF: day boundaries are the creditor's local day).</summary>
    public DateTimeZone CreditorTimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>For an agency's policy, the creditor it acts for.</summary>
    public CreditorId? ActsFor { get; set; }

    /// <summary>A title for the policy.</summary>
    public BilingualText? Title { get; set; }

    /// <summary>The rules, in the order they are checked and reported.</summary>
    public IList<ContactRule> Rules => _rules;

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ContactPolicyBuilder Add(ContactRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds every rule of a pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>This builder.</returns>
    public ContactPolicyBuilder AddPack(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _rules.AddRange(pack.Rules);
        return this;
    }

    /// <summary>Replaces the rule with the same id, keeping its place.</summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public ContactPolicyBuilder Replace(ContactRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var index = _rules.FindIndex(r => r.Id == rule.Id);
        if (index < 0)
        {
            throw new ArgumentException($"No rule '{rule.Id}' to replace; rules: {string.Join(", ", _rules.Select(r => r.Id))}.", nameof(rule));
        }

        _rules[index] = rule;
        return this;
    }

    /// <summary>Removes the rule with an id.</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public ContactPolicyBuilder Remove(RuleId id)
    {
        if (_rules.RemoveAll(r => r.Id == id) == 0)
        {
            throw new ArgumentException($"No rule '{id}' to remove.", nameof(id));
        }

        return this;
    }

    /// <summary>Checks everything and builds the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="ContactPolicyException">Something is missing or wrong; every violation is listed.</exception>
    public ContactPolicy Build()
    {
        var violations = new List<PolicyViolation>();
        violations.AddRange(HeaderViolations());
        violations.AddRange(RuleViolations(_rules, i => string.Create(CultureInfo.InvariantCulture, $"rules[{i}]")));
        if (violations.Count > 0)
        {
            throw new ContactPolicyException("builder", violations);
        }

        var version = new PolicyVersion(PolicyId, Creditor, Version!, ApprovedBy!, ApprovedOn!.Value, EffectiveFrom!.Value);
        return new ContactPolicy(version, CreditorTimeZone, ActsFor, Title, [.. _rules]);
    }

    /// <summary>What is wrong with the version fields.</summary>
    internal IEnumerable<PolicyViolation> HeaderViolations()
    {
        if (PolicyId.Value is null)
        {
            yield return new PolicyViolation("policy", "a policy identifier is required");
        }

        if (Creditor.Value is null)
        {
            yield return new PolicyViolation("creditor", "the creditor is required");
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            yield return new PolicyViolation("version", "a version label is required");
        }

        if (string.IsNullOrWhiteSpace(ApprovedBy))
        {
            yield return new PolicyViolation("approvedBy", "who approved the policy is required");
        }

        if (ApprovedOn is null)
        {
            yield return new PolicyViolation("approvedOn", "the approval date is required");
        }

        if (EffectiveFrom is null)
        {
            yield return new PolicyViolation("effectiveFrom", "the effective date is required");
        }
        else if (ApprovedOn is { } approved && EffectiveFrom < approved)
        {
            yield return new PolicyViolation("effectiveFrom", $"the policy cannot take effect ({InvariantText.Date(EffectiveFrom.Value)}) before it is approved ({InvariantText.Date(approved)})");
        }

        if (CreditorTimeZone is null)
        {
            yield return new PolicyViolation("timeZone", "the creditor's time zone is required");
        }
    }

    /// <summary>What is wrong with a list of rules: each rule's own problems and repeated identifiers.</summary>
    internal static IEnumerable<PolicyViolation> RuleViolations(IReadOnlyList<ContactRule> rules, Func<int, string> path)
    {
        var seen = new Dictionary<RuleId, int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule is null)
            {
                yield return new PolicyViolation(path(i), "a rule is null");
                continue;
            }

            if (rule.Id.Value is null)
            {
                yield return new PolicyViolation(path(i) + ".id", "a rule identifier is required");
            }
            else if (!seen.TryAdd(rule.Id, i))
            {
                yield return new PolicyViolation(path(i) + ".id", $"rule id '{rule.Id}' is already used by {path(seen[rule.Id])}");
            }

            foreach (var (field, message) in rule.Problems())
            {
                yield return new PolicyViolation(path(i) + "." + field, message);
            }
        }
    }
}
