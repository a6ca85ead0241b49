namespace Collections.Kpi;

/// <summary>Which way a KPI improves, for reading a change against a baseline.</summary>
public enum KpiDirection
{
    /// <summary>A higher value is better (for example the cure rate).</summary>
    HigherIsBetter = 0,

    /// <summary>A lower value is better (for example the forward roll rate or DSO).</summary>
    LowerIsBetter = 1,

    /// <summary>Neither is better in itself (for example the average handle time).</summary>
    Neutral = 2,
}
