using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Who a contact point reaches, relative to the debt: the debtor, a guarantor, an authorised representative or a third party.</summary>
public sealed class ContactPointRole : SmartEnum<ContactPointRole>
{
    /// <summary>The debtor (customer) who owes the debt (code <c>debtor</c>).</summary>
    public static readonly ContactPointRole Debtor = new("debtor", 1);

    /// <summary>A guarantor listed on the debt (code <c>guarantor</c>).</summary>
    public static readonly ContactPointRole Guarantor = new("guarantor", 2);

    /// <summary>A representative the debtor authorised (for example a lawyer or agent) (code <c>authorised_representative</c>).</summary>
    public static readonly ContactPointRole AuthorisedRepresentative = new("authorised_representative", 3);

    /// <summary>Anyone else: relatives, friends, employers, neighbours (code <c>third_party</c>).</summary>
    public static readonly ContactPointRole ThirdParty = new("third_party", 4);

    private ContactPointRole(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("contact_point_role." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<ContactPointRole> All { get; } = [Debtor, Guarantor, AuthorisedRepresentative, ThirdParty];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ContactPointRole? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
