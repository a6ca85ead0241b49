namespace Collections.Samples.Assessment.Figures;

/// <summary>One KPI of the framework: its definition, the baseline the data allows (or why not), and a proposed target.</summary>
/// <remarks><c>unit</c> is <c>ratio</c> (the value is a fraction, shown as a percentage) or <c>days</c>.</remarks>
public sealed record KpiFigure(
    string Id,
    string Title,
    string Definition,
    string Unit,
    RateFigure? Baseline,
    string? BaselineNote,
    string Target);
