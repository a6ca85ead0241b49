using System.Globalization;

namespace Collections.Intake;

/// <summary>How many cells one normalisation rule changed during a read.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Cells">The number of cells it changed.</param>
public sealed record NormalisationCount(NormalisationRule Rule, int Cells)
{
    /// <summary>The count in words, for example <c>scientific notation: 4,262 cells</c>.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rule.Title.English}: {Cells:N0} cell{(Cells == 1 ? string.Empty : "s")}");
}
