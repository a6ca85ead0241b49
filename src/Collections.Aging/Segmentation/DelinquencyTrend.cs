namespace Collections.Aging;

/// <summary>How an account's delinquency moved across the recent periods.</summary>
/// <remarks>Compares days past due at the end of the window with its start (see <see cref="AccountProfileOptions.TrendPeriods"/>).</remarks>
public enum DelinquencyTrend
{
    /// <summary>Not enough history to say (fewer than two observations in the window).</summary>
    Unknown = 0,

    /// <summary>Fewer days past due at the end of the window than at its start.</summary>
    Improving = 1,

    /// <summary>The same days past due at both ends of the window.</summary>
    Stable = 2,

    /// <summary>More days past due at the end of the window than at its start (rolling forward).</summary>
    Worsening = 3,
}
