using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;

namespace Collections.Fees;

/// <summary>A creditor's fee schedule for one track, checked once when created: tiers, stage fees, minimums and caps, VAT, direct payments.</summary>
/// <remarks>
/// <para><b>Amicable (phone) track</b>: a percentage of amounts collected, tiered by the account's days past due at
/// placement and optionally by the balance placed. <b>Legal track</b>: the same percentage of recovery plus a fixed fee
/// per stage reached (<see cref="StageFees"/>; stage codes are data).</para>
/// <para>Checked by <see cref="Create"/>, every violation listed with its field (named as in the JSON form of
/// <see cref="FeeScheduleJson"/>): the tiers must cover every age exactly once — the youngest open below, the oldest
/// open above, no gap and no overlap — and, within one age range, every placed balance from zero exactly once;
/// percentages from 0 to 100; no negative amount; a cap above zero and not below its minimum; VAT from 0 to 100%;
/// stage fees only on the legal track, each stage once; every amount in the schedule's currency.</para>
/// <para>Rounding: a fee is amount × percentage rounded to the minor unit, half away from zero, once per line
/// (<see cref="PercentageFee"/>); VAT likewise on the statement's fees. Minimums, caps and VAT: see
/// <see cref="FeeScheduleTerms"/> and <see cref="FeeStatement"/>.</para>
/// </remarks>
public sealed partial record FeeSchedule
{
    private FeeSchedule(
        FeeScheduleId id,
        CreditorId creditor,
        CollectionTrack track,
        Currency currency,
        ImmutableArray<FeeTier> tiers,
        FeeScheduleTerms terms)
    {
        Id = id;
        Creditor = creditor;
        Track = track;
        Currency = currency;
        Tiers = tiers;
        StageFees = [.. terms.StageFees];
        MinimumPerPayment = terms.MinimumPerPayment;
        CapPerPayment = terms.CapPerPayment;
        MinimumPerStatement = terms.MinimumPerStatement;
        CapPerStatement = terms.CapPerStatement;
        VatPercent = terms.VatPercent;
        DirectPaymentsEarn = terms.DirectPaymentsEarn;
    }

    /// <summary>The schedule's identifier.</summary>
    public FeeScheduleId Id { get; }

    /// <summary>The creditor the schedule is agreed with.</summary>
    public CreditorId Creditor { get; }

    /// <summary>The track it prices: amicable or legal.</summary>
    public CollectionTrack Track { get; }

    /// <summary>The currency of every amount in the schedule and of the payments it applies to.</summary>
    public Currency Currency { get; }

    /// <summary>The tiers, youngest age first, then smallest placed balance first.</summary>
    public ImmutableArray<FeeTier> Tiers { get; }

    /// <summary>Fixed fees per legal stage (empty on the amicable track).</summary>
    public ImmutableArray<StageFee> StageFees { get; }

    /// <summary>The smallest fee one earning payment yields, or <see langword="null"/>.</summary>
    public Money? MinimumPerPayment { get; }

    /// <summary>The largest fee one earning payment yields, or <see langword="null"/>.</summary>
    public Money? CapPerPayment { get; }

    /// <summary>The smallest fee a statement that earned anything charges, or <see langword="null"/>.</summary>
    public Money? MinimumPerStatement { get; }

    /// <summary>The largest fee a statement's period earns, or <see langword="null"/>.</summary>
    public Money? CapPerStatement { get; }

    /// <summary>VAT in percent of the fees (15 in Saudi Arabia).</summary>
    public decimal VatPercent { get; }

    /// <summary>Whether payments made directly to the creditor during the placement earn a fee.</summary>
    public bool DirectPaymentsEarn { get; }

    /// <summary>The terms besides the tiers, as given to <see cref="Create"/>.</summary>
    public FeeScheduleTerms Terms => new()
    {
        StageFees = StageFees,
        MinimumPerPayment = MinimumPerPayment,
        CapPerPayment = CapPerPayment,
        MinimumPerStatement = MinimumPerStatement,
        CapPerStatement = CapPerStatement,
        VatPercent = VatPercent,
        DirectPaymentsEarn = DirectPaymentsEarn,
    };

    /// <summary>Creates a schedule, checking everything at once.</summary>
    /// <param name="id">The schedule's identifier.</param>
    /// <param name="creditor">The creditor.</param>
    /// <param name="track">Amicable or legal.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="tiers">The tiers: together they cover every age at placement (and, within an age range, every placed balance) exactly once.</param>
    /// <param name="terms">Stage fees, minimums, caps, VAT and direct payments; <see cref="FeeScheduleTerms.Default"/> when null.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is null.</exception>
    /// <exception cref="FeeScheduleException">Overlapping tiers, gaps between tiers, a negative percentage, a cap below its minimum, a wrong currency…; every violation listed with its field.</exception>
    public static FeeSchedule Create(FeeScheduleId id, CreditorId creditor, CollectionTrack track, Currency currency, IEnumerable<FeeTier> tiers, FeeScheduleTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        return TryCreate(id, creditor, track, currency, tiers, terms, out var schedule, out var violations)
            ? schedule
            : throw new FeeScheduleException(nameof(FeeSchedule) + "." + nameof(Create), violations);
    }

    /// <summary>Tries to create a schedule, listing every violation when it cannot.</summary>
    /// <param name="id">The schedule's identifier.</param>
    /// <param name="creditor">The creditor.</param>
    /// <param name="track">Amicable or legal.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="tiers">The tiers.</param>
    /// <param name="terms">The other terms; the defaults when null.</param>
    /// <param name="schedule">The schedule when valid.</param>
    /// <param name="violations">Every violation when not (empty when valid).</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryCreate(
        FeeScheduleId id,
        CreditorId creditor,
        CollectionTrack? track,
        Currency currency,
        IEnumerable<FeeTier?>? tiers,
        FeeScheduleTerms? terms,
        [NotNullWhen(true)] out FeeSchedule? schedule,
        out IReadOnlyList<FeeScheduleViolation> violations)
    {
        var list = tiers?.ToList() ?? [];
        terms ??= FeeScheduleTerms.Default;
        var found = Check(id, creditor, track, currency, list, terms);
        if (tiers is null)
        {
            found.Insert(0, new FeeScheduleViolation("tiers", "is required"));
        }

        violations = found;
        schedule = found.Count == 0
            ? new FeeSchedule(id, creditor, track!, currency, [.. list.Select(t => t!).OrderBy(t => t.Age.Minimum ?? int.MinValue).ThenBy(t => t.PlacedBalance?.Minimum?.MinorUnits ?? long.MinValue)], terms)
            : null;
        return schedule is not null;
    }

    /// <summary>Whether two schedules have the same identity, tiers (in order) and terms.</summary>
    /// <param name="other">The other schedule.</param>
    /// <returns><see langword="true"/> when every field and every tier and stage fee is equal.</returns>
    public bool Equals(FeeSchedule? other) =>
        other is not null
        && Id == other.Id && Creditor == other.Creditor && Track == other.Track && Currency == other.Currency
        && Tiers.SequenceEqual(other.Tiers) && StageFees.SequenceEqual(other.StageFees)
        && MinimumPerPayment == other.MinimumPerPayment && CapPerPayment == other.CapPerPayment
        && MinimumPerStatement == other.MinimumPerStatement && CapPerStatement == other.CapPerStatement
        && VatPercent == other.VatPercent && DirectPaymentsEarn == other.DirectPaymentsEarn;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Creditor, Track, Currency, Tiers.Length, VatPercent);

    /// <summary>The tier an account placed at an age with a balance is priced at.</summary>
    /// <param name="ageAtPlacement">Days past due on the placement date.</param>
    /// <param name="placedBalance">The balance placed, in the schedule's currency.</param>
    /// <returns>The one tier that covers them (the tiers cover every age and balance).</returns>
    /// <exception cref="ArgumentException">The balance is in another currency.</exception>
    public FeeTier TierFor(DaysPastDue ageAtPlacement, Money placedBalance)
    {
        if (placedBalance.Currency != Currency)
        {
            throw new ArgumentException($"Schedule {Id} is in {Currency.Code}; a placed balance in {placedBalance.Currency} cannot be priced (amounts are never converted).", nameof(placedBalance));
        }

        foreach (var tier in Tiers)
        {
            if (tier.Contains(ageAtPlacement, placedBalance))
            {
                return tier;
            }
        }

        // A balance below zero (a credit placed by mistake) falls below the lowest range when it starts at zero.
        return Tiers.First(t => t.Age.Contains(ageAtPlacement));
    }

    /// <summary>The fixed fee for a legal stage, when the schedule charges one.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="fee">The fee when found.</param>
    /// <returns><see langword="true"/> when the schedule lists the stage.</returns>
    public bool TryGetStageFee(LegalStageCode stage, out Money fee)
    {
        foreach (var stageFee in StageFees)
        {
            if (stageFee.Stage == stage)
            {
                fee = stageFee.Fee;
                return true;
            }
        }

        fee = default;
        return false;
    }

    /// <summary>The percentage fee on an amount collected: amount × percentage, rounded to the minor unit, half away from zero.</summary>
    /// <remarks>Before any per-payment minimum or cap. For example 12.5% of SAR 100.10 is 12.5125, so SAR 12.51; 10% of SAR 0.05 is 0.005, so SAR 0.01.</remarks>
    /// <param name="collected">The amount collected and applied to the debt.</param>
    /// <param name="tier">The tier (its percentage).</param>
    /// <returns>The fee.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tier"/> is null.</exception>
    /// <exception cref="ArgumentException">The amount is in another currency.</exception>
    public Money PercentageFee(Money collected, FeeTier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        if (collected.Currency != Currency)
        {
            throw new ArgumentException($"Schedule {Id} is in {Currency.Code}; an amount in {collected.Currency} cannot be priced (amounts are never converted).", nameof(collected));
        }

        return collected.Multiply(tier.Percent / 100m, MidpointRounding.AwayFromZero);
    }
}
