using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>Whether a contact point can be used: checked valid, found invalid, or not checked.</summary>
/// <remarks>Invalid contact points are kept (flagged), never dropped: the creditor needs to see them to fix them.</remarks>
public sealed class ContactPointStatus : SmartEnum<ContactPointStatus>
{
    /// <summary>Checked and usable (e.g. a phone number that parses to a valid E.164 number).</summary>
    public static readonly ContactPointStatus Valid = new("valid", 1);

    /// <summary>Checked and not usable as given (kept with the original text).</summary>
    public static readonly ContactPointStatus Invalid = new("invalid", 2);

    /// <summary>Not checked.</summary>
    public static readonly ContactPointStatus Unverified = new("unverified", 3);

    private ContactPointStatus(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>valid</c>.</summary>
    public string Code => Name;
}
