using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>An account handed to the collector on a date, on a track, with its age and balance then — what decides which payments earn a fee and at which tier.</summary>
/// <remarks>
/// <para>A payment earns on a placement when its value date is on or after <see cref="PlacedOn"/> and before
/// <see cref="RecalledOn"/> (the recall day itself earns nothing). The tier comes from <see cref="AgeAtPlacement"/> and
/// <see cref="PlacedBalance"/>, fixed for the whole placement. At most the placed balance earns: money received beyond
/// what is left of it is an unapplied overpayment (see <see cref="FeeStatement"/>).</para>
/// <para>An account placed, recalled and placed again has one placement each time; placements of one account on one
/// track must not overlap.</para>
/// </remarks>
public sealed record AccountPlacement
{
    /// <summary>Creates a placement.</summary>
    /// <param name="placementId">The placement (batch) the account came in.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="track">Amicable or legal.</param>
    /// <param name="placedOn">The first day the collector works the account.</param>
    /// <param name="ageAtPlacement">Days past due on <paramref name="placedOn"/>.</param>
    /// <param name="placedBalance">The debt placed; greater than zero.</param>
    /// <param name="recalledOn">The day the creditor took the account back, or <see langword="null"/> while placed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="track"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is the default value, the balance is not above zero, or the recall is before the placement.</exception>
    public AccountPlacement(
        PlacementId placementId,
        AccountId accountId,
        CollectionTrack track,
        LocalDate placedOn,
        DaysPastDue ageAtPlacement,
        Money placedBalance,
        LocalDate? recalledOn = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (placementId.Value is null || accountId.Value is null)
        {
            throw new ArgumentException("A placement needs its placement and account identifiers (not the default values).", placementId.Value is null ? nameof(placementId) : nameof(accountId));
        }

        if (!placedBalance.IsPositive)
        {
            throw new ArgumentException($"Placement {placementId} of account {accountId}: the placed balance must be greater than zero (got {placedBalance}).", nameof(placedBalance));
        }

        if (recalledOn is { } recall && recall < placedOn)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Placement {placementId} of account {accountId}: recalled on {recall:uuuu-MM-dd}, before it was placed on {placedOn:uuuu-MM-dd}."),
                nameof(recalledOn));
        }

        PlacementId = placementId;
        AccountId = accountId;
        Track = track;
        PlacedOn = placedOn;
        AgeAtPlacement = ageAtPlacement;
        PlacedBalance = placedBalance;
        RecalledOn = recalledOn;
    }

    /// <summary>The placement (batch) the account came in.</summary>
    public PlacementId PlacementId { get; }

    /// <summary>The account.</summary>
    public AccountId AccountId { get; }

    /// <summary>Amicable or legal.</summary>
    public CollectionTrack Track { get; }

    /// <summary>The first day the collector works the account.</summary>
    public LocalDate PlacedOn { get; }

    /// <summary>Days past due on the placement date: decides the tier with <see cref="PlacedBalance"/>.</summary>
    public DaysPastDue AgeAtPlacement { get; }

    /// <summary>The debt placed (greater than zero): the most that can earn a fee.</summary>
    public Money PlacedBalance { get; }

    /// <summary>The day the creditor took the account back (payments from that day on earn nothing), or <see langword="null"/>.</summary>
    public LocalDate? RecalledOn { get; }

    /// <summary>Whether a date falls in the placement: on or after the placement, before the recall.</summary>
    /// <param name="date">The date (a value date, a stage date).</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Covers(LocalDate date) => date >= PlacedOn && (RecalledOn is not { } recall || date < recall);
}
