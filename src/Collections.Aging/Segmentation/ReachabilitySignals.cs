namespace Collections.Aging;

/// <summary>What the data says about reaching a debtor: contact-point validity and past attempts on the account.</summary>
/// <remarks>
/// <para>When the portfolio came with no contact points and no attempts (as the two bundled public datasets), the
/// signals are <see cref="NoContactData"/>: reachability is unknown, and reasons say so in words instead of inventing numbers.</para>
/// <para>A right-party contact (RPC) is an attempt whose outcome is right_party (docs/kpi-definitions.md); the raw RPC rate is
/// RPCs / attempts over every channel, as docs/kpi-definitions.md defines the overall rate.</para>
/// </remarks>
public sealed record ReachabilitySignals
{
    /// <summary>Creates signals.</summary>
    /// <param name="availability">Whether a usable contact point exists.</param>
    /// <param name="usableContactPoints">Valid contact points of the debtor.</param>
    /// <param name="knownContactPoints">All contact points of the debtor on file, valid or not.</param>
    /// <param name="hasAttemptHistory">Whether attempt history was provided for the portfolio (then zero attempts means none were made).</param>
    /// <param name="attempts">Attempts on the account up to the as-of date.</param>
    /// <param name="rightPartyContacts">Those that reached the right party.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, usable points exceed known ones, RPCs exceed attempts, or attempts are given without history.</exception>
    public ReachabilitySignals(
        ContactPointAvailability availability, int usableContactPoints, int knownContactPoints, bool hasAttemptHistory, int attempts, int rightPartyContacts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(usableContactPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(usableContactPoints, knownContactPoints);
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        ArgumentOutOfRangeException.ThrowIfNegative(rightPartyContacts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rightPartyContacts, attempts);
        if (!hasAttemptHistory)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(attempts, 0);
        }

        Availability = availability;
        UsableContactPoints = usableContactPoints;
        KnownContactPoints = knownContactPoints;
        HasAttemptHistory = hasAttemptHistory;
        Attempts = attempts;
        RightPartyContacts = rightPartyContacts;
    }

    /// <summary>No contact points and no attempt history were provided.</summary>
    public static ReachabilitySignals NoContactData { get; } = new(ContactPointAvailability.Unknown, 0, 0, hasAttemptHistory: false, 0, 0);

    /// <summary>Whether a usable contact point exists.</summary>
    public ContactPointAvailability Availability { get; }

    /// <summary>Valid contact points of the debtor.</summary>
    public int UsableContactPoints { get; }

    /// <summary>All contact points of the debtor on file.</summary>
    public int KnownContactPoints { get; }

    /// <summary>Whether attempt history was provided for the portfolio.</summary>
    public bool HasAttemptHistory { get; }

    /// <summary>Attempts on the account up to the as-of date.</summary>
    public int Attempts { get; }

    /// <summary>Right-party contacts among them.</summary>
    public int RightPartyContacts { get; }

    /// <summary>Whether nothing at all is known about reaching the debtor.</summary>
    public bool IsUnknown => Availability == ContactPointAvailability.Unknown && !HasAttemptHistory;
}
