namespace Collections.Aging;

/// <summary>How the weight m of a prior was obtained.</summary>
public enum PriorWeightBasis
{
    /// <summary>Estimated from the spread of account rates (beta-binomial method of moments) and inside the allowed bounds.</summary>
    Estimated = 0,

    /// <summary>The estimate was below <see cref="SegmentationOptions.MinimumPriorWeight"/> (rates spread very widely) and was raised to it.</summary>
    ClampedToMinimum = 1,

    /// <summary>The rates spread no more than chance would make them (or the estimate was above <see cref="SegmentationOptions.MaximumPriorWeight"/>): capped at the maximum.</summary>
    ClampedToMaximum = 2,

    /// <summary>The peer group's spread could not be estimated; the whole portfolio's weight is used.</summary>
    PortfolioWeight = 3,

    /// <summary>The spread could not be estimated anywhere (too few accounts, all with one attempt, or a pooled rate of 0% or 100%): <see cref="SegmentationOptions.DefaultPriorWeight"/>.</summary>
    DefaultWeight = 4,
}
