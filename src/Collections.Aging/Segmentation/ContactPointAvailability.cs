namespace Collections.Aging;

/// <summary>Whether a debtor has a contact point the collector can use.</summary>
public enum ContactPointAvailability
{
    /// <summary>No contact-point data was provided for the portfolio: nothing can be said (never read as "unreachable").</summary>
    Unknown = 0,

    /// <summary>Contact-point data was provided and none of this debtor's contact points is valid (or it has none).</summary>
    NoneUsable = 1,

    /// <summary>At least one of the debtor's contact points is valid.</summary>
    Usable = 2,
}
