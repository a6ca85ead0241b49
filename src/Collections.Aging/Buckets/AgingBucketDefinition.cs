namespace Collections.Aging;

/// <summary>A bucket as a caller defines it, before <see cref="AgingBucketSet.Create"/> checks the set.</summary>
/// <param name="Label">The label to show.</param>
/// <param name="LowerBound">The smallest DPD, or <see langword="null"/> for the first bucket (open below).</param>
/// <param name="UpperBound">The largest DPD, or <see langword="null"/> for the last bucket (open above).</param>
public sealed record AgingBucketDefinition(string Label, int? LowerBound, int? UpperBound);
