using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>What a rule's source is: a regulation (an article of a law or a regulator's rules) or an instruction of the creditor.</summary>
public sealed class RuleSourceKind : SmartEnum<RuleSourceKind>
{
    /// <summary>A law or a regulator's rules, cited by article (code <c>regulation</c>).</summary>
    public static readonly RuleSourceKind Regulation = new("regulation", 1);

    /// <summary>An instruction of the creditor (its own policy or a choice the regulation leaves to it) (code <c>creditor_instruction</c>).</summary>
    public static readonly RuleSourceKind CreditorInstruction = new("creditor_instruction", 2);

    private RuleSourceKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("rule_source_kind." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<RuleSourceKind> All { get; } = [Regulation, CreditorInstruction];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out RuleSourceKind? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
