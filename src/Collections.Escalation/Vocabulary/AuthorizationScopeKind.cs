using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>What a written authorization covers; the code is persisted and never renumbered.</summary>
public sealed class AuthorizationScopeKind : SmartEnum<AuthorizationScopeKind>
{
    /// <summary>The accounts listed in it (code <c>accounts</c>).</summary>
    public static readonly AuthorizationScopeKind Accounts = new("accounts", 1);

    /// <summary>Every account of one placement (code <c>placement</c>).</summary>
    public static readonly AuthorizationScopeKind Placement = new("placement", 2);

    /// <summary>Every account of the creditor meeting stated criteria (days past due, balance) (code <c>criteria</c>).</summary>
    public static readonly AuthorizationScopeKind Criteria = new("criteria", 3);

    private AuthorizationScopeKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("scope_kind." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<AuthorizationScopeKind> All { get; } = [Accounts, Placement, Criteria];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AuthorizationScopeKind? value)
    {
        value = All.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
