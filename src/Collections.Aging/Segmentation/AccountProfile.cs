using Collections.Core;

namespace Collections.Aging;

/// <summary>Everything segmentation reads about one account: its aged position, its behaviour and its reachability.</summary>
/// <param name="Position">The aged position (worst DPD, debt, credit) as of the date.</param>
/// <param name="Behaviour">Payment history, trend, disputes.</param>
/// <param name="Reachability">Contact-point validity and attempts.</param>
public sealed record AccountProfile(AccountPosition Position, BehaviourSignals Behaviour, ReachabilitySignals Reachability)
{
    /// <summary>The account.</summary>
    public AccountId AccountId => Position.AccountId;

    /// <summary>A profile with only a position: behaviour and reachability unknown.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The profile.</returns>
    public static AccountProfile Of(AccountPosition position) => new(position, BehaviourSignals.Unknown, ReachabilitySignals.NoContactData);
}
