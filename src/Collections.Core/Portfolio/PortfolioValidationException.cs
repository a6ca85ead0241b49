namespace Collections.Core;

/// <summary>Thrown when a portfolio's parts do not fit together (duplicate ids, dangling references, mixed currencies).</summary>
/// <remarks>Every violation is listed, not just the first, so a creditor's file can be fixed in one pass.</remarks>
public sealed class PortfolioValidationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="violations">Every violation, in words.</param>
    public PortfolioValidationException(IReadOnlyList<string> violations)
        : base(Describe(violations)) => Violations = violations;

    /// <summary>Every violation, in words.</summary>
    public IReadOnlyList<string> Violations { get; }

    private static string Describe(IReadOnlyList<string> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        const int Shown = 20;
        var lines = violations.Take(Shown).Select(v => "  - " + v);
        var more = violations.Count > Shown ? $"{Environment.NewLine}  … and {violations.Count - Shown} more" : string.Empty;
        return $"The portfolio is inconsistent ({violations.Count} violation(s)):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
