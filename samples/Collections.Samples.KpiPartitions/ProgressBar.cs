using System.Globalization;

namespace Collections.Samples.KpiPartitions;

/// <summary>A one-line progress bar for the generator; plain lines every 25% when the output is redirected.</summary>
internal sealed class ProgressBar(TextWriter output, bool redirected) : IProgress<(string Stage, double Fraction)>, IDisposable
{
    private (string Stage, int Percent) _last = (string.Empty, -1);
    private bool _wrote;

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

    public void Dispose()
    {
        if (_wrote)
        {
            output.WriteLine();
        }
    }
}
