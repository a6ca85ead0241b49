using System.Collections.Immutable;
using System.Globalization;

namespace Collections.Escalation;

/// <summary>Thrown when escalation data (rules, a written authorization) is not valid; every violation is listed with the field at fault.</summary>
/// <remarks>For example <c>DocumentSha256: is required (the SHA-256 of the signed document, 64 hex digits)</c> or
/// <c>$.qualification.contact.minimumChannels: must be from 1 to 7</c>, so the data can be fixed in one pass.</remarks>
public sealed class EscalationDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was refused, for example "written authorization" or "escalation rules from acme.json".</param>
    /// <param name="violations">Every violation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EscalationDataException(string what, IEnumerable<EscalationViolation> violations)
        : this(what ?? throw new ArgumentNullException(nameof(what)), violations?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(violations)))
    {
    }

    private EscalationDataException(string what, ImmutableArray<EscalationViolation> violations)
        : base(Describe(what, violations))
    {
        What = what;
        Violations = violations;
    }

    /// <summary>What was refused.</summary>
    public string What { get; }

    /// <summary>Every violation.</summary>
    public ImmutableArray<EscalationViolation> Violations { get; }

    private static string Describe(string what, ImmutableArray<EscalationViolation> violations) =>
        string.Create(CultureInfo.InvariantCulture, $"The {what} is not valid ({violations.Length} problem(s)):{Environment.NewLine}")
        + string.Join(Environment.NewLine, violations.Select(v => "  - " + v));
}
