using System.Globalization;

namespace Collections.Samples.GovernanceReport;

/// <summary>A one-line progress bar for the generator; plain lines every 25% when the output is redirected.</summary>
internal sealed class ProgressBar(TextWriter output, bool redirected, string stage) : IProgress<double>, IDisposable
{
    private int _last = -1;
    private bool _wrote;

    public void Report(double value)
    {
        var percent = (int)(value * 100);
        if (percent == _last || (redirected && percent % 25 != 0))
        {
            return;
        }

        _last = percent;
        var filled = percent / 5;
        var line = string.Create(CultureInfo.InvariantCulture, $"   [{new string('#', filled)}{new string('.', 20 - filled)}] {percent,3}%  {stage}");
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

    public void Dispose()
    {
        if (_wrote)
        {
            output.WriteLine();
        }
    }
}
