using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Where a rule comes from: a regulation article or an instruction of the creditor, cited in every denial and explanation.</summary>
public sealed record RuleSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="kind">Regulation or creditor instruction.</param>
    /// <param name="reference">The citation in English and Arabic, for example "12 CFR 1006.14(b)(2)".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSource(RuleSourceKind kind, BilingualText reference)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(reference);
        Kind = kind;
        Reference = reference;
    }

    /// <summary>Regulation or creditor instruction.</summary>
    public RuleSourceKind Kind { get; }

    /// <summary>The citation in English and Arabic.</summary>
    public BilingualText Reference { get; }

    /// <summary>A note on how the rule reads its source (for example a conservative reading), when there is one.</summary>
    public BilingualText? Note { get; init; }

    /// <summary>A regulation article.</summary>
    /// <param name="english">The citation in English.</param>
    /// <param name="arabic">The citation in Arabic.</param>
    /// <returns>The source.</returns>
    public static RuleSource Regulation(string english, string arabic) => new(RuleSourceKind.Regulation, new BilingualText(english, arabic));

    /// <summary>An instruction of the creditor.</summary>
    /// <param name="english">The instruction's reference in English.</param>
    /// <param name="arabic">The instruction's reference in Arabic.</param>
    /// <returns>The source.</returns>
    public static RuleSource CreditorInstruction(string english, string arabic) => new(RuleSourceKind.CreditorInstruction, new BilingualText(english, arabic));
}
