namespace Collections.Samples.Assessment.Figures;

/// <summary>A roll-rate matrix between two periods: counts (and from-period balances) from state to state.</summary>
/// <remarks><c>unit</c> is <c>account</c> or <c>item</c>; to-states include <c>paid</c>.</remarks>
public sealed record RollRateFigure(
    string From,
    string To,
    string Unit,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Accounts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Balances,
    IReadOnlyDictionary<string, RateFigure> ForwardRoll,
    int Entered,
    int Left);

/// <summary>Cure rates between two periods: delinquent at the start, current or paid at the end.</summary>
public sealed record CureRateFigure(string From, string To, string Unit, RateFigure Overall, IReadOnlyDictionary<string, RateFigure> ByBucket);

/// <summary>One rebuilt month end of a ledger.</summary>
public sealed record MonthEndFigure(
    string MonthEnd,
    string Currency,
    int OpenItems,
    decimal OpeningReceivables,
    decimal CreditSales,
    decimal ClosingReceivables,
    decimal ClosingCurrent,
    IReadOnlyList<AgingBucketFigure> Aging,
    decimal? DaysSalesOutstanding,
    decimal? CollectionEffectivenessIndex);
