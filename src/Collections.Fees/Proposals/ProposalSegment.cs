using Collections.Core;

namespace Collections.Fees;

/// <summary>One segment of an assessed portfolio as a fee proposal prices it: its accounts and balance, and the stated assumptions (track, age at placement, expected recovery).</summary>
/// <remarks>
/// The segment is priced at one tier: the tier of <see cref="AgeAtPlacement"/> and of its average balance per account.
/// A segment whose accounts fall in several tiers is better given as one part per tier (the same id and title, the
/// accounts and balance of each part); the proposal keeps one line per part.
/// </remarks>
public sealed record ProposalSegment
{
    /// <summary>Creates a segment.</summary>
    /// <param name="id">The segment.</param>
    /// <param name="title">Its title in English and Arabic.</param>
    /// <param name="track">The track it would be worked on.</param>
    /// <param name="accounts">Accounts in the segment (zero or more).</param>
    /// <param name="balance">Their balance (zero or more).</param>
    /// <param name="ageAtPlacement">The days past due the segment would be placed at (decides the tier).</param>
    /// <param name="expectedRecoveryPercent">The share of the balance expected to be collected, from 0 to 100: a stated assumption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="track"/> is null.</exception>
    public ProposalSegment(SegmentId id, BilingualText title, CollectionTrack track, int accounts, Money balance, DaysPastDue ageAtPlacement, decimal expectedRecoveryPercent)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(track);
        Id = id;
        Title = title;
        Track = track;
        Accounts = accounts;
        Balance = balance;
        AgeAtPlacement = ageAtPlacement;
        ExpectedRecoveryPercent = expectedRecoveryPercent;
    }

    /// <summary>The segment.</summary>
    public SegmentId Id { get; }

    /// <summary>Its title.</summary>
    public BilingualText Title { get; }

    /// <summary>The track it would be worked on.</summary>
    public CollectionTrack Track { get; }

    /// <summary>Accounts in the segment.</summary>
    public int Accounts { get; }

    /// <summary>Their balance.</summary>
    public Money Balance { get; }

    /// <summary>The days past due at placement.</summary>
    public DaysPastDue AgeAtPlacement { get; }

    /// <summary>The share of the balance expected to be collected, in percent.</summary>
    public decimal ExpectedRecoveryPercent { get; }

    /// <summary>For the legal track: the share of accounts expected to reach each charged stage.</summary>
    public IReadOnlyList<ExpectedStage> ExpectedStages { get; init; } = [];
}
