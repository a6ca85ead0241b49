using System.Globalization;

namespace Collections.Kpi;

/// <summary>Which slice of the data a figure is for: the whole (<see cref="Overall"/>) or one code of one dimension.</summary>
/// <remarks>The <see langword="default"/> value is <see cref="Overall"/>.</remarks>
public readonly record struct KpiBreakdownKey
{
    private KpiBreakdownKey(KpiDimension dimension, int code)
    {
        Dimension = dimension;
        Code = code;
    }

    /// <summary>The whole: no breakdown.</summary>
    public static KpiBreakdownKey Overall => default;

    /// <summary>The dimension, or <see langword="null"/> for <see cref="Overall"/>.</summary>
    public KpiDimension? Dimension { get; }

    /// <summary>The code within the dimension (0 = "not given"); 0 for <see cref="Overall"/>.</summary>
    public int Code { get; }

    /// <summary>Whether this is <see cref="Overall"/>.</summary>
    public bool IsOverall => Dimension is null;

    /// <summary>The key of one code of a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="code">The code: 0 ("not given") to 65,535 (channel: the channel's value; aging bucket: index + 1).</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 0..65,535.</exception>
    public static KpiBreakdownKey For(KpiDimension dimension, int code)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, ushort.MaxValue);
        return new KpiBreakdownKey(dimension, code);
    }

    /// <summary>The key of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The key.</returns>
    public static KpiBreakdownKey For(Collections.Core.Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new KpiBreakdownKey(KpiDimension.Channel, channel.Value);
    }

    /// <summary>The key of an aging bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The key.</returns>
    public static KpiBreakdownKey For(Collections.Aging.AgingBucket bucket) => new(KpiDimension.AgingBucket, KpiKey.BucketCode(bucket));

    /// <summary>The key as text.</summary>
    /// <returns><c>overall</c>, or the dimension's code and the code, for example <c>agent:7</c>.</returns>
    public override string ToString() =>
        Dimension is null ? "overall" : string.Create(CultureInfo.InvariantCulture, $"{Dimension.Code}:{Code}");
}
