namespace Collections.Kpi;

/// <summary>How a KPI moved against its baseline, read with the KPI's <see cref="KpiDirection"/>.</summary>
public enum KpiTrend
{
    /// <summary>It moved the way that is better.</summary>
    Better = 0,

    /// <summary>It moved the way that is worse.</summary>
    Worse = 1,

    /// <summary>It did not move.</summary>
    Unchanged = 2,

    /// <summary>It moved, but neither way is better for this KPI.</summary>
    Changed = 3,

    /// <summary>The baseline or the current figure is n/a.</summary>
    NotComparable = 4,
}
