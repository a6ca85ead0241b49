using System.Globalization;

namespace Collections.Samples.Rendering;

/// <summary>A one-line console progress bar for long steps of a sample (a stage name and a fraction done); plain lines
/// every 25% when the output is redirected.</summary>
/// <param name="output">Where the bar is written.</param>
/// <param name="redirected">Whether the output is redirected (a file or a test): then whole lines at 0, 25, 50, 75 and 100%.</param>
public sealed class StageProgressBar(TextWriter output, bool redirected) : IProgress<(string Stage, double Fraction)>, IDisposable
{
    private (string Stage, int Percent) _last = (string.Empty, -1);
    private bool _wrote;

    /// <summary>A fraction of one stage, reported as that stage's progress.</summary>
    /// <param name="stage">The stage's name, shown beside the bar.</param>
    /// <returns>A progress that reports to this bar.</returns>
    public IProgress<double> For(string stage) => new StageProgress(this, stage);

    /// <inheritdoc/>
    public void Report((string Stage, double Fraction) value)
    {
        var percent = (int)(value.Fraction * 100);
        if ((value.Stage, percent) == _last || (redirected && percent % 25 != 0))
        {
            return;
        }

        _last = (value.Stage, percent);
        var filled = percent / 5;
        var line = string.Create(CultureInfo.InvariantCulture, $"   [{new string('#', filled)}{new string('.', 20 - filled)}] {percent,3}%  {value.Stage,-22}");
        if (redirected)
        {
            output.WriteLine(line);
        }
        else
        {
            output.Write("\r" + line);
            _wrote = true;
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Dispose()
    {
        if (_wrote)
        {
            output.WriteLine();
        }
    }

    private sealed class StageProgress(StageProgressBar bar, string stage) : IProgress<double>
    {
        public void Report(double value) => bar.Report((stage, value));
    }
}
