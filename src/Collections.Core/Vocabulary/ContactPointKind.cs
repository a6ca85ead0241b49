using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>What a contact point is: a mobile or landline number, an e-mail or a postal address.</summary>
public sealed class ContactPointKind : SmartEnum<ContactPointKind>
{
    /// <summary>A mobile phone number (calls, SMS, WhatsApp).</summary>
    public static readonly ContactPointKind Mobile = new("mobile", 1);

    /// <summary>A fixed-line phone number (calls).</summary>
    public static readonly ContactPointKind Landline = new("landline", 2);

    /// <summary>An e-mail address.</summary>
    public static readonly ContactPointKind Email = new("email", 3);

    /// <summary>A postal or national address (letters, visits).</summary>
    public static readonly ContactPointKind PostalAddress = new("postal_address", 4);

    private ContactPointKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>mobile</c>.</summary>
    public string Code => Name;
}
