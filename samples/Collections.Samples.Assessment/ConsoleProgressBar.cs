using System.Globalization;
using Collections.Intake;

namespace Collections.Samples.Assessment;

/// <summary>A one-line progress bar for reading large files; prints plain lines when the output is redirected.</summary>
public sealed class ConsoleProgressBar(TextWriter output, bool redirected) : IProgress<IntakeProgress>, IDisposable
{
    private int _lastPercent = -1;
    private bool _done;

    public void Report(IntakeProgress value)
    {
        var percent = (int)(value.Fraction * 100);
        if (percent == _lastPercent || (redirected && percent % 25 != 0))
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent / 5;
        var line = string.Create(CultureInfo.InvariantCulture, $"  [{new string('#', filled)}{new string('.', 20 - filled)}] {percent,3}%  {value.RowsRead:N0} rows");
        if (redirected)
        {
            output.WriteLine(line);
        }
        else
        {
            output.Write("\r" + line);
        }
    }

    public void Done()
    {
        if (!_done && !redirected && _lastPercent >= 0)
        {
            output.WriteLine();
        }

        _done = true;
    }

    public void Dispose() => Done();
}
