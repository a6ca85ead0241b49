namespace Collections.Kpi.Governance;

/// <summary>The promise-kept rate of one agent or one template: promises falling due, kept, and kept by amount.</summary>
/// <remarks>From the accumulator's breakdown by <see cref="KpiDimension.Agent"/> or <see cref="KpiDimension.Template"/>;
/// the label is the host's identifier from the <see cref="KpiCodebook"/> (<c>(not given)</c> for code 0). A code with no
/// promise falling due has n/a rates, never 0%.</remarks>
/// <param name="Dimension">Agent or template.</param>
/// <param name="Code">The code in the codebook.</param>
/// <param name="Label">The host's identifier (an agent's login, a template's id).</param>
/// <param name="KeptRate">Kept / falling due (<see cref="KpiId.PromiseKeptRate"/>).</param>
/// <param name="KeptAmountRate">Σ min(paid, promised) / Σ promised (<see cref="KpiId.PromiseKeptAmountRate"/>, major units).</param>
public sealed record GovernancePromiseKeptLine(KpiDimension Dimension, int Code, string Label, KpiFigure KeptRate, KpiFigure KeptAmountRate)
{
    /// <summary>Promises falling due.</summary>
    public long PromisesDue => (long)KeptRate.Rate.Denominator;

    /// <summary>Promises kept.</summary>
    public long PromisesKept => (long)KeptRate.Rate.Numerator;

    /// <summary>The amount promised (major units of the report's currency).</summary>
    public decimal AmountPromised => KeptAmountRate.Rate.Denominator;

    /// <summary>The amount kept: Σ min(paid, promised) (major units).</summary>
    public decimal AmountKept => KeptAmountRate.Rate.Numerator;
}
