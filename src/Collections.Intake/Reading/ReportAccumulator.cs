using System.Collections.Immutable;
using System.Numerics;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Collects the validation report while rows are read: issues, row counts, normalisation counts, notes.</summary>
internal sealed class ReportAccumulator
{
    private readonly ImmutableArray<IntakeIssue>.Builder _errors = ImmutableArray.CreateBuilder<IntakeIssue>();
    private readonly ImmutableArray<IntakeIssue>.Builder _warnings = ImmutableArray.CreateBuilder<IntakeIssue>();
    private readonly List<IntakeNote> _notes = [];
    private readonly int[] _normalisations = new int[NormalisationRule.All.Count];

    public int RowsRead { get; set; }

    public int BlankRows { get; set; }

    public int ErrorCount => _errors.Count;

    public void AddNote(IntakeNote note) => _notes.Add(note);

    public void Add(IntakeIssue issue)
    {
        (issue.IsError ? _errors : _warnings).Add(issue);
    }

    /// <summary>Counts one cell for every normalisation flagged.</summary>
    public void Count(NormalisationFlags flags)
    {
        var bits = (uint)flags;
        while (bits != 0)
        {
            var bit = BitOperations.TrailingZeroCount(bits);
            _normalisations[bit]++;
            bits &= bits - 1;
        }
    }

    public ValidationReport Build(string fileName) =>
        new(fileName, RowsRead, BlankRows, _errors.ToImmutable(), _warnings.ToImmutable())
        {
            Normalisations = [.. NormalisationRule.All.Where(r => _normalisations[r.Value - 1] > 0).Select(r => new NormalisationCount(r, _normalisations[r.Value - 1]))],
            Notes = [.. _notes],
        };

    public static IntakeNote Note(string code, BilingualText text) => new(code, text);
}
