using System.Collections.Immutable;
using System.Globalization;

namespace Collections.Fees;

/// <summary>Thrown when a fee schedule (built in code or read from JSON) is not valid; every violation is listed with the field at fault.</summary>
/// <remarks>For example <c>tiers[1].age: 61..120 overlaps tiers[0].age (..90)</c> or <c>tiers[2].percent: must not be negative (got -5)</c>, so a schedule can be fixed in one pass.</remarks>
public sealed class FeeScheduleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">Where the schedule came from (a file path, "JSON", or "FeeSchedule.Create").</param>
    /// <param name="violations">Every violation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    public FeeScheduleException(string source, IEnumerable<FeeScheduleViolation> violations)
        : this(source, violations?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(violations)))
    {
    }

    private FeeScheduleException(string source, ImmutableArray<FeeScheduleViolation> violations)
        : base(Describe(source, violations))
    {
        ScheduleSource = source;
        Violations = violations;
    }

    /// <summary>Where the schedule came from.</summary>
    public string ScheduleSource { get; }

    /// <summary>Every violation.</summary>
    public ImmutableArray<FeeScheduleViolation> Violations { get; }

    private static string Describe(string source, ImmutableArray<FeeScheduleViolation> violations) =>
        string.Create(CultureInfo.InvariantCulture, $"The fee schedule from {source} is not valid ({violations.Length} problem(s)):{Environment.NewLine}")
        + string.Join(Environment.NewLine, violations.Select(v => "  - " + v));
}
