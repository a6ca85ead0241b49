using System.Net;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Tiny helpers for writing escaped HTML.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
