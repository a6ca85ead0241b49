namespace Collections.Intake;

/// <summary>Thrown when a mapping file is not valid JSON or does not describe a mapping; every violation is listed with its JSON path.</summary>
/// <remarks>Each violation names the field at fault, for example <c>$.columns.acount: unknown column role 'acount'</c>, so a
/// mapping file can be fixed in one pass.</remarks>
public sealed class IntakeMappingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The mapping file's path, or a description of where the JSON came from.</param>
    /// <param name="violations">Every violation, each starting with its JSON path.</param>
    public IntakeMappingException(string source, IReadOnlyList<string> violations)
        : base(Describe(source, violations))
    {
        MappingSource = source;
        Violations = violations;
    }

    /// <summary>The mapping file's path, or a description of where the JSON came from.</summary>
    public string MappingSource { get; }

    /// <summary>Every violation, each starting with its JSON path.</summary>
    public IReadOnlyList<string> Violations { get; }

    private static string Describe(string source, IReadOnlyList<string> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return $"The intake mapping {source} is not valid ({violations.Count} problem(s)):{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations.Select(v => "  - " + v));
    }
}
