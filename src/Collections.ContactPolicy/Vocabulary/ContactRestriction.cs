using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A restriction recorded about a debtor, contact point or debt that a policy honours: opt-out, do-not-contact, cease-communication, dispute, legal hold.</summary>
public sealed class ContactRestriction : SmartEnum<ContactRestriction>
{
    /// <summary>The recipient opted out of a channel (code <c>opt_out</c>).</summary>
    public static readonly ContactRestriction OptOut = new("opt_out", 1);

    /// <summary>The debtor is on the do-not-contact list (code <c>do_not_contact</c>).</summary>
    public static readonly ContactRestriction DoNotContact = new("do_not_contact", 2);

    /// <summary>The debtor asked that communication cease (code <c>cease_communication</c>).</summary>
    public static readonly ContactRestriction CeaseCommunication = new("cease_communication", 3);

    /// <summary>An open dispute (objection) about the debt freezes reminders about it (code <c>dispute</c>).</summary>
    public static readonly ContactRestriction Dispute = new("dispute", 4);

    /// <summary>A legal hold on the debt freezes reminders about it (code <c>legal_hold</c>).</summary>
    public static readonly ContactRestriction LegalHold = new("legal_hold", 5);

    private ContactRestriction(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("contact_restriction." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<ContactRestriction> All { get; } = [OptOut, DoNotContact, CeaseCommunication, Dispute, LegalHold];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ContactRestriction? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
