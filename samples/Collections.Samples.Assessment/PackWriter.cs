using System.Text;
using Collections.Samples.Assessment.Assessment;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;

namespace Collections.Samples.Assessment;

/// <summary>Writes the pack's files together — figures.json, report.html, assessment.xlsx and the onboarding documents
/// (roadmap.html, fee-proposal.html, nda.html): all are rendered first, then moved into place, so a failure leaves the
/// folder as it was (never a new figures.json beside an older report).</summary>
public static class PackWriter
{
    public static IReadOnlyList<string> Write(string directory, AssessmentFigures figures, IReadOnlyList<RowIssueFigure> allRejectedRows, IReadOnlyList<RowIssueFigure> allWarningRows, ReportTexts texts)
    {
        ArgumentNullException.ThrowIfNull(figures);

        // Render in memory first: a rendering bug must not cost the user their previous pack.
        var json = FiguresJson.Serialize(figures);
        var html = HtmlReport.Render(figures, texts);
        var documents = new[]
        {
            ("roadmap.html", OnboardingHtml.Roadmap(figures, texts)),
            ("fee-proposal.html", OnboardingHtml.FeeProposal(figures, texts)),
            ("nda.html", OnboardingHtml.Nda(figures, texts)),
        };

        var targets = new[] { "figures.json", "report.html", "assessment.xlsx" }.Concat(documents.Select(d => d.Item1)).Select(name => Path.GetFullPath(Path.Combine(directory, name))).ToArray();
        var temps = targets.Select(t => t + ".tmp").ToArray();
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(temps[0], json, new UTF8Encoding(false));
            File.WriteAllText(temps[1], html, new UTF8Encoding(false));
            SpreadsheetWriter.Write(temps[2], figures, allRejectedRows, allWarningRows, texts.IsArabic);
            for (var i = 0; i < documents.Length; i++)
            {
                File.WriteAllText(temps[3 + i], documents[i].Item2, new UTF8Encoding(false));
            }

            for (var i = 0; i < targets.Length; i++)
            {
                File.Move(temps[i], targets[i], overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AssessmentException($"--out: cannot write the pack to '{directory}': {e.Message}");
        }
        finally
        {
            foreach (var temp in temps.Where(File.Exists))
            {
                File.Delete(temp);
            }
        }

        return targets;
    }
}
