namespace Collections.Intake;

/// <summary>How far a read has come, reported through <see cref="IProgress{T}"/> at most every <see cref="IntakeOptions.ProgressInterval"/> rows.</summary>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="BytesRead">Bytes of the file consumed so far (read ahead in buffers, so it runs slightly ahead of the rows).</param>
/// <param name="TotalBytes">The file's size in bytes.</param>
public readonly record struct IntakeProgress(long RowsRead, long BytesRead, long TotalBytes)
{
    /// <summary>The share of bytes consumed, from 0 to 1; 1 for an empty file.</summary>
    public double Fraction => TotalBytes <= 0 ? 1d : Math.Clamp((double)BytesRead / TotalBytes, 0d, 1d);
}
