using System.Text;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;

namespace Collections.Samples.Assessment;

/// <summary>Writes the pack's three files into the output folder, each first to a temporary name so a crash leaves no half-written file.</summary>
public static class PackWriter
{
    public static IReadOnlyList<string> Write(string directory, AssessmentFigures figures, IReadOnlyList<RejectedRowFigure> allRejectedRows, ReportTexts texts)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Directory.CreateDirectory(directory);
        var json = Path.GetFullPath(Path.Combine(directory, "figures.json"));
        var html = Path.GetFullPath(Path.Combine(directory, "report.html"));
        var xlsx = Path.GetFullPath(Path.Combine(directory, "assessment.xlsx"));
        Replace(json, temp => File.WriteAllText(temp, FiguresJson.Serialize(figures), new UTF8Encoding(false)));
        Replace(html, temp => File.WriteAllText(temp, HtmlReport.Render(figures, texts), new UTF8Encoding(false)));
        Replace(xlsx, temp => SpreadsheetWriter.Write(temp, figures, allRejectedRows));
        return [json, html, xlsx];
    }

    private static void Replace(string path, Action<string> write)
    {
        var temp = path + ".tmp" + Path.GetExtension(path);
        write(temp);
        File.Move(temp, path, overwrite: true);
    }
}
