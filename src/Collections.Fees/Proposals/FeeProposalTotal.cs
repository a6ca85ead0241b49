using Collections.Core;

namespace Collections.Fees;

/// <summary>Totals of a fee proposal, for one track or for all: accounts, balance, projected collections, fees, VAT and total.</summary>
/// <param name="Track">The track, or <see langword="null"/> for the whole proposal.</param>
/// <param name="Accounts">Accounts.</param>
/// <param name="Balance">Their balance.</param>
/// <param name="ProjectedCollections">Projected collections.</param>
/// <param name="Fees">Fees before VAT.</param>
/// <param name="Vat">VAT: for a track, its fees × the schedule's VAT, rounded once; for the whole, the tracks' VAT summed.</param>
/// <param name="Total">Fees plus VAT.</param>
public sealed record FeeProposalTotal(CollectionTrack? Track, int Accounts, Money Balance, Money ProjectedCollections, Money Fees, Money Vat, Money Total)
{
    /// <summary>Fees before VAT as a share of projected collections (n/a when nothing is projected).</summary>
    public Rate FeesShareOfCollections => new(Fees.Amount, ProjectedCollections.Amount);
}
