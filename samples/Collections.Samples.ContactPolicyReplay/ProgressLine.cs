using System.Globalization;

namespace Collections.Samples.PolicyReplay;

/// <summary>A one-line progress bar for a long step; prints a plain line every 25 % when the output is redirected. Synchronous: reports arrive in order.</summary>
public sealed class ProgressLine(TextWriter output, bool redirected, string label) : IDisposable
{
    private int _lastPercent = -1;
    private bool _started;

    public void Report(long done, long total)
    {
        var percent = total == 0 ? 100 : (int)(done * 100 / total);
        if (percent == _lastPercent || (redirected && percent % 25 != 0))
        {
            return;
        }

        _lastPercent = percent;
        _started = true;
        var filled = percent / 5;
        var line = string.Create(CultureInfo.InvariantCulture, $"  {label} [{new string('#', filled)}{new string('.', 20 - filled)}] {percent,3}%  {done:N0} of {total:N0}");
        if (redirected)
        {
            output.WriteLine(line);
        }
        else
        {
            output.Write("\r" + line);
        }
    }

    public void Dispose()
    {
        if (!redirected && _started)
        {
            output.WriteLine();
        }
    }
}

/// <summary>Replay progress passed straight to a progress line (no synchronisation context, so no reordering).</summary>
internal sealed class ReplayProgress(ProgressLine line) : IProgress<Collections.ContactPolicy.ContactReplayProgress>
{
    public void Report(Collections.ContactPolicy.ContactReplayProgress value) => line.Report(value.Done, value.Total);
}
