using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The codes of one computation: account indexes and the labels behind creditor, placement, segment, agent and
/// template codes, for turning figures back into the host's identifiers.</summary>
/// <remarks>Immutable; built by <see cref="KpiCodebookBuilder"/>.</remarks>
public sealed class KpiCodebook
{
    private readonly AccountId[] _accounts;
    private readonly string[][] _labels;
    private readonly FrozenDictionary<AccountId, int> _accountIndexes;

    internal KpiCodebook(AccountId[] accounts, string[][] labels)
    {
        _accounts = accounts;
        _labels = labels;
        _accountIndexes = accounts.Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i);
    }

    /// <summary>A codebook with no codes.</summary>
    public static KpiCodebook Empty { get; } = new KpiCodebookBuilder().Build();

    /// <summary>The number of accounts indexed.</summary>
    public int AccountCount => _accounts.Length;

    /// <summary>The account with a dense index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No account has that index.</exception>
    public AccountId AccountAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _accounts.Length);
        return _accounts[index];
    }

    /// <summary>Looks up an account's dense index.</summary>
    /// <param name="id">The account.</param>
    /// <param name="index">Its index when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetAccount(AccountId id, out int index) => _accountIndexes.TryGetValue(id, out index);

    /// <summary>The number of codes assigned in a dimension the host codes.</summary>
    /// <param name="dimension">Creditor, placement, segment, agent or template.</param>
    /// <returns>The count (codes are 1..count).</returns>
    /// <exception cref="ArgumentException">Channel or aging bucket (fixed codes).</exception>
    public int CodeCount(KpiDimension dimension)
    {
        RequireHostCoded(dimension);
        return _labels[dimension.Value].Length;
    }

    /// <summary>Looks up the code of a label.</summary>
    /// <param name="dimension">Creditor, placement, segment, agent or template.</param>
    /// <param name="label">The label.</param>
    /// <param name="code">The code when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentException">Channel or aging bucket (fixed codes).</exception>
    public bool TryGetCode(KpiDimension dimension, string label, out ushort code)
    {
        RequireHostCoded(dimension);
        var index = Array.IndexOf(_labels[dimension.Value], label);
        code = index < 0 ? (ushort)0 : (ushort)(index + 1);
        return index >= 0;
    }

    /// <summary>The label of a breakdown key: the host's identifier, the channel's code or the bucket's label.</summary>
    /// <param name="key">The key.</param>
    /// <param name="buckets">The bucket set aging-bucket codes refer to; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns><c>overall</c>; <c>(not given)</c> for code 0; else the label, or <c>#code</c> for a code this codebook does not know.</returns>
    public string Label(KpiBreakdownKey key, AgingBucketSet? buckets = null) => Label(key, Language.English, buckets);

    /// <summary>The label of a breakdown key in a language (the words "overall" and "not given" are translated; identifiers are not).</summary>
    /// <param name="key">The key.</param>
    /// <param name="language">The language.</param>
    /// <param name="buckets">The bucket set aging-bucket codes refer to; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>The label.</returns>
    public string Label(KpiBreakdownKey key, Language language, AgingBucketSet? buckets = null)
    {
        if (key.Dimension is not { } dimension)
        {
            return KpiTexts.Catalog["breakdown.overall"].In(language);
        }

        if (key.Code == 0)
        {
            return KpiTexts.Catalog["breakdown.not_given"].In(language);
        }

        if (dimension == KpiDimension.Channel)
        {
            return key.Code <= Channel.All.Count ? Channel.All[key.Code - 1].Title.In(language) : Unknown(key.Code);
        }

        if (dimension == KpiDimension.AgingBucket)
        {
            var set = buckets ?? AgingBucketSet.Default;
            return key.Code <= set.Count ? set.Buckets[key.Code - 1].Label : Unknown(key.Code);
        }

        var labels = _labels[dimension.Value];
        return key.Code <= labels.Length ? labels[key.Code - 1] : Unknown(key.Code);
    }

    internal static bool IsHostCoded([NotNullWhen(true)] KpiDimension? dimension) =>
        dimension is not null && dimension != KpiDimension.Channel && dimension != KpiDimension.AgingBucket;

    private static void RequireHostCoded(KpiDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (!IsHostCoded(dimension))
        {
            throw new ArgumentException($"The {dimension.Code} dimension has fixed codes.", nameof(dimension));
        }
    }

    private static string Unknown(int code) => string.Create(CultureInfo.InvariantCulture, $"#{code}");
}
