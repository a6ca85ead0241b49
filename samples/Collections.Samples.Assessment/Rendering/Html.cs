using System.Net;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Tiny helpers for writing escaped HTML.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Text that must read left to right inside an Arabic page (bucket labels such as 121+, periods, codes).</summary>
    public static string Ltr(string? text) => "<bdi dir=\"ltr\">" + E(text) + "</bdi>";
}
