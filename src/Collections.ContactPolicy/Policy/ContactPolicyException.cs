using System.Collections.Immutable;
using System.Globalization;

namespace Collections.ContactPolicy;

/// <summary>Thrown when a policy (built in code or read from JSON) is not valid; every violation is listed with the field at fault.</summary>
/// <remarks>Each violation names its field, for example <c>$.rules[2].type: unknown rule type 'frequncy_cap'</c> or
/// <c>$.timeZone: unknown time zone 'Asia/Riad'</c>, so a policy can be fixed in one pass.</remarks>
public sealed class ContactPolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">Where the policy came from (a file path, "JSON", or "builder").</param>
    /// <param name="violations">Every violation.</param>
    public ContactPolicyException(string source, IEnumerable<PolicyViolation> violations)
        : this(source, violations?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(violations)))
    {
    }

    private ContactPolicyException(string source, ImmutableArray<PolicyViolation> violations)
        : base(Describe(source, violations))
    {
        PolicySource = source;
        Violations = violations;
    }

    /// <summary>Where the policy came from.</summary>
    public string PolicySource { get; }

    /// <summary>Every violation.</summary>
    public ImmutableArray<PolicyViolation> Violations { get; }

    private static string Describe(string source, ImmutableArray<PolicyViolation> violations) =>
        string.Create(CultureInfo.InvariantCulture, $"The contact policy from {source} is not valid ({violations.Length} problem(s)):{Environment.NewLine}")
        + string.Join(Environment.NewLine, violations.Select(v => "  - " + v));
}
