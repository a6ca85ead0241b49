namespace Collections.Samples.Assessment.Figures;

/// <summary>One KPI of the framework: its definition, the baseline the data allows (or why not), and a proposed target.</summary>
public sealed record KpiFigure(
    string Id,
    string Title,
    string Definition,
    RateFigure? Baseline,
    string? BaselineNote,
    string Target);
