namespace Collections.Kpi;

/// <summary>What in this package computes a KPI.</summary>
public enum KpiSource
{
    /// <summary><see cref="KpiAccumulator"/> from KPI facts (attempts, promises, payments, complaints, agent time, accounts).</summary>
    Accumulator = 0,

    /// <summary><see cref="RollRateMatrix"/> (also inside <see cref="KpiReport.RollRates"/>).</summary>
    RollRateMatrix = 1,

    /// <summary><see cref="LedgerHistory"/> from a ledger (<see cref="LedgerMonthFigures"/>).</summary>
    LedgerHistory = 2,
}
