namespace Collections.Samples.Assessment.Figures;

/// <summary>One segment: how many accounts and how much debt, its priority, channel mix and reasons.</summary>
public sealed record SegmentFigure(
    string Id,
    string Title,
    int Priority,
    int Accounts,
    decimal Balance,
    RateFigure ShareOfAccounts,
    RateFigure ShareOfBalance,
    IReadOnlyDictionary<string, decimal> ChannelMix,
    IReadOnlyList<string> Reasons);
