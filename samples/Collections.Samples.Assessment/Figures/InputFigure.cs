namespace Collections.Samples.Assessment.Figures;

/// <summary>What was read: the file's identity, how it was read, and the mapping's notes.</summary>
public sealed record InputFigure(
    string File,
    string Sha256,
    long Bytes,
    string Shape,
    string Encoding,
    string? Sheet,
    string? Mapping,
    string Currency,
    IReadOnlyList<string> Notes);
