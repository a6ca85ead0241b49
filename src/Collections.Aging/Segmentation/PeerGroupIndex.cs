using Collections.Core;

namespace Collections.Aging;

/// <summary>Numbers the peer groups (currency × age bucket × amount band) met while segmenting, with their moments.</summary>
internal sealed class PeerGroupIndex(SegmentationOptions options)
{
    private readonly Dictionary<(Currency Currency, int Bucket, int Band), int> _index = [];
    private readonly Dictionary<Currency, long[]> _breaks = [];

    public List<PeerGroup> Groups { get; } = [];

    public List<BetaBinomialMoments> Moments { get; } = [];

    public int IndexOf(AccountPosition position)
    {
        var currency = position.Debt.Currency;
        var bucket = options.PeerGroupBuckets.IndexOf(position.WorstDaysPastDue);
        var breaks = BreaksOf(currency);
        var band = 0;
        while (band < breaks.Length && position.Debt.MinorUnits >= breaks[band])
        {
            band++;
        }

        if (!_index.TryGetValue((currency, bucket, band), out var group))
        {
            group = Groups.Count;
            _index[(currency, bucket, band)] = group;
            Groups.Add(new PeerGroup(
                currency,
                options.PeerGroupBuckets.Buckets[bucket],
                band == 0 ? null : Money.FromMinorUnits(breaks[band - 1], currency),
                band == breaks.Length ? null : Money.FromMinorUnits(breaks[band], currency)));
            Moments.Add(default);
        }

        return group;
    }

    public void Add(int group, int rightPartyContacts, int attempts)
    {
        var moments = Moments[group];
        moments.Add(rightPartyContacts, attempts);
        Moments[group] = moments;
    }

    private long[] BreaksOf(Currency currency)
    {
        if (!_breaks.TryGetValue(currency, out var breaks))
        {
            breaks = options.PeerGroupAmountBreaks.IsDefaultOrEmpty
                ? []
                : [.. options.PeerGroupAmountBreaks.Where(b => b.Currency == currency).Select(b => b.MinorUnits).Distinct().Order()];
            _breaks[currency] = breaks;
        }

        return breaks;
    }
}
