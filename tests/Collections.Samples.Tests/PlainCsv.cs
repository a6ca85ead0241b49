using System.Globalization;

namespace Collections.Samples.Tests;

/// <summary>The independent method: a plain loop over the raw CSV text, no library code.</summary>
internal static class PlainCsv
{
    /// <summary>Rows as dictionaries by header; the bundled files have no quoted fields.</summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split(',');
            return header.Select((h, i) => (h, cells[i])).ToDictionary(x => x.h, x => x.Item2);
        })];
    }

    /// <summary>A number as written in the file, including R-style scientific notation such as 5e+05.</summary>
    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A month-first date M/D/YYYY as a day count.</summary>
    public static DateOnly MonthFirstDate(string text)
    {
        var parts = text.Split('/');
        return new DateOnly(int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The default bucket of a DPD value, written out by hand: ≤0 current, 1-30, 31-60, 61-90, 91-120, 121+.</summary>
    public static string Bucket(int daysPastDue) => daysPastDue switch
    {
        <= 0 => "current",
        <= 30 => "1-30",
        <= 60 => "31-60",
        <= 90 => "61-90",
        <= 120 => "91-120",
        _ => "121+",
    };
}
