namespace Collections.Intake.Tests;

/// <summary>Records progress reports synchronously (Progress&lt;T&gt; would post them to a synchronisation context).</summary>
internal sealed class RecordingProgress : IProgress<IntakeProgress>
{
    public List<IntakeProgress> Reports { get; } = [];

    public void Report(IntakeProgress value) => Reports.Add(value);
}
