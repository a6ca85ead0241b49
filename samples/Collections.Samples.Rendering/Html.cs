using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Collections.Samples.Rendering;

/// <summary>Tiny helpers for writing escaped HTML.</summary>
public static partial class Html
{
    /// <summary>The text HTML-escaped (null as empty).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Text that must read left to right inside an Arabic page (bucket labels such as 121+, periods, codes).</summary>
    public static string Ltr(string? text) => "<bdi dir=\"ltr\">" + E(text) + "</bdi>";

    /// <summary>A sentence with figures in it: escaped, each amount (with its currency code), count, range, date,
    /// percentage or hash kept left to right, so "79,808.00 TWD" does not turn into "TWD 79,808.00" in an Arabic page.</summary>
    public static string Mixed(string? text)
    {
        var value = text ?? string.Empty;
        var html = new StringBuilder(value.Length + 64);
        var at = 0;
        foreach (Match match in LeftToRightRun().Matches(value))
        {
            html.Append(E(value[at..match.Index])).Append("<bdi dir=\"ltr\">").Append(E(match.Value)).Append("</bdi>");
            at = match.Index + match.Length;
        }

        return html.Append(E(value[at..])).ToString();
    }

    [GeneratedRegex(@"SHA-256|[0-9a-f]{12,}…|[0-9](?:[0-9,.\-–]*[0-9])?%?(?: [A-Z]{3}\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex LeftToRightRun();
}
