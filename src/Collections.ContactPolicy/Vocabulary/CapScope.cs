using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>What a frequency cap, waiting time or gap counts attempts over: the debt, the debtor, or the contact point.</summary>
public sealed class CapScope : SmartEnum<CapScope>
{
    /// <summary>Attempts about the same debt (account) (code <c>debt</c>).</summary>
    public static readonly CapScope Debt = new("debt", 1);

    /// <summary>Attempts about any debt of the same debtor (code <c>debtor</c>).</summary>
    public static readonly CapScope Debtor = new("debtor", 2);

    /// <summary>Attempts to the same contact point (phone number, e-mail address, address) (code <c>contact_point</c>).</summary>
    public static readonly CapScope ContactPoint = new("contact_point", 3);

    private CapScope(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("cap_scope." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<CapScope> All { get; } = [Debt, Debtor, ContactPoint];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out CapScope? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
