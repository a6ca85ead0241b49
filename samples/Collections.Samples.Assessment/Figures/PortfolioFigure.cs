namespace Collections.Samples.Assessment.Figures;

/// <summary>Counts of what the portfolio holds.</summary>
public sealed record PortfolioFigure(
    string Creditor,
    int Accounts,
    int Debtors,
    int Items,
    int Snapshots,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> Currencies);
