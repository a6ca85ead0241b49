namespace Collections.ContactPolicy;

/// <summary>Whether a policy lets third parties (anyone but the debtor, guarantors and authorised representatives) be contacted.</summary>
public enum ThirdPartyContact
{
    /// <summary>Never (for example SAMA 2025: never relatives or friends).</summary>
    Never = 0,

    /// <summary>Only with a template approved for third parties, which must not reveal the debt (for example to ask for location information).</summary>
    WithThirdPartyTemplate = 1,
}
