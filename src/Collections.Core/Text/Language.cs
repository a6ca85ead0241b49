namespace Collections.Core;

/// <summary>A language that texts, reasons and reports are written in.</summary>
public enum Language
{
    /// <summary>English (left to right).</summary>
    English = 0,

    /// <summary>Arabic (right to left); the primary language for Saudi debtors.</summary>
    Arabic = 1,
}
