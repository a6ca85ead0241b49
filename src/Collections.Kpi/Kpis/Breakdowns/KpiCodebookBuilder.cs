using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Assigns the small codes KPI facts carry: a dense index per account (0, 1, 2, …) and a code per creditor,
/// placement, segment, agent and template (1, 2, 3, …; 0 is "not given").</summary>
/// <remarks>
/// <para>The accumulators count into arrays indexed by these codes, which is what makes them fast; the codebook keeps the
/// way back from a code to the host's identifier for reports. Channel and aging-bucket codes are fixed (the channel's
/// value, the bucket's index + 1) and are not assigned here.</para>
/// <para>Partitions of one computation must use the same codes: build one codebook and share it (or assign codes
/// deterministically). Mutable by design; <see cref="Build"/> returns an immutable copy.</para>
/// </remarks>
public sealed class KpiCodebookBuilder
{
    private readonly Dictionary<AccountId, int> _accountIndexes = [];
    private readonly List<AccountId> _accounts = [];
    private readonly Dictionary<string, ushort>[] _codes = [.. Enumerable.Range(0, 8).Select(_ => new Dictionary<string, ushort>(StringComparer.Ordinal))];
    private readonly List<string>[] _labels = [.. Enumerable.Range(0, 8).Select(_ => new List<string>())];

    /// <summary>The dense index of an account, assigning the next one on first sight.</summary>
    /// <param name="id">The account.</param>
    /// <returns>Its index: 0 for the first account seen, 1 for the next, and so on.</returns>
    public int Account(AccountId id)
    {
        if (_accountIndexes.TryGetValue(id, out var index))
        {
            return index;
        }

        index = _accounts.Count;
        _accountIndexes.Add(id, index);
        _accounts.Add(id);
        return index;
    }

    /// <summary>The code of a creditor.</summary>
    /// <param name="id">The creditor.</param>
    /// <returns>Its code (1 or more).</returns>
    /// <exception cref="InvalidOperationException">More than 65,535 creditors.</exception>
    public ushort Creditor(CreditorId id) => Code(KpiDimension.Creditor, id.Value);

    /// <summary>The code of a placement.</summary>
    /// <param name="id">The placement.</param>
    /// <returns>Its code (1 or more).</returns>
    /// <exception cref="InvalidOperationException">More than 65,535 placements.</exception>
    public ushort Placement(PlacementId id) => Code(KpiDimension.Placement, id.Value);

    /// <summary>The code of a segment.</summary>
    /// <param name="id">The segment.</param>
    /// <returns>Its code (1 or more).</returns>
    /// <exception cref="InvalidOperationException">More than 65,535 segments.</exception>
    public ushort Segment(SegmentId id) => Code(KpiDimension.Segment, id.Value);

    /// <summary>The code of a label in a dimension the host codes (creditor, placement, segment, agent, template),
    /// assigning the next one on first sight.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="label">The host's identifier, for example an agent's login; compared ordinally.</param>
    /// <returns>Its code (1 or more).</returns>
    /// <exception cref="ArgumentException">The dimension is channel or aging bucket (their codes are fixed), or the label is empty.</exception>
    /// <exception cref="InvalidOperationException">More than 65,535 labels in the dimension.</exception>
    public ushort Code(KpiDimension dimension, string label)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!KpiCodebook.IsHostCoded(dimension))
        {
            throw new ArgumentException($"The {dimension.Code} dimension has fixed codes (channel: the channel's value; aging bucket: the bucket's index + 1).", nameof(dimension));
        }

        var codes = _codes[dimension.Value];
        if (codes.TryGetValue(label, out var code))
        {
            return code;
        }

        var labels = _labels[dimension.Value];
        if (labels.Count == ushort.MaxValue)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The {dimension.Code} dimension already has {ushort.MaxValue} codes, the most a KPI fact can carry."));
        }

        labels.Add(label);
        code = (ushort)labels.Count;
        codes.Add(label, code);
        return code;
    }

    /// <summary>An immutable copy of the codes assigned so far.</summary>
    /// <returns>The codebook.</returns>
    public KpiCodebook Build() => new([.. _accounts], [.. _labels.Select(l => l.ToArray())]);
}
