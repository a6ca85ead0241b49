using Ardalis.SmartEnum;

namespace Collections.Core.TimeZones;

/// <summary>Where a debtor's candidate time zones came from; the code is persisted and never renumbered.</summary>
public sealed class TimeZoneBasis : SmartEnum<TimeZoneBasis>
{
    /// <summary>The zone stored on the debtor (code <c>stored</c>); it wins over everything else.</summary>
    public static readonly TimeZoneBasis Stored = new("stored", 1);

    /// <summary>The zones of the debtor's address (code <c>address</c>).</summary>
    public static readonly TimeZoneBasis Address = new("address", 2);

    /// <summary>The zones of the debtor's phone numbers (code <c>phone_number</c>).</summary>
    public static readonly TimeZoneBasis PhoneNumber = new("phone_number", 3);

    /// <summary>The creditor's zone, because nothing about the debtor gave one (code <c>creditor_default</c>).</summary>
    public static readonly TimeZoneBasis CreditorDefault = new("creditor_default", 4);

    /// <summary>No zone could be found (code <c>unknown</c>).</summary>
    public static readonly TimeZoneBasis Unknown = new("unknown", 5);

    private TimeZoneBasis(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>phone_number</c>.</summary>
    public string Code => Name;

    /// <summary>The basis in English and Arabic, for a decision's reasons.</summary>
    public BilingualText Title => CoreTexts.Get("timezone.basis." + Code);

    /// <summary>Every basis, ordered by value.</summary>
    public static IReadOnlyList<TimeZoneBasis> All { get; } = [Stored, Address, PhoneNumber, CreditorDefault, Unknown];
}
