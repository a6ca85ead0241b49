using System.Diagnostics;
using Collections.Intake;
using Collections.Samples.Assessment.Assessment;
using Collections.Samples.Assessment.Rendering;
using Collections.Samples.Rendering;

namespace Collections.Samples.Assessment;

/// <summary>The sample's steps, callable from Program and from tests. Exit codes: 0 done, 1 unexpected failure (a bug), 2 bad arguments, 3 file or assessment refused, 130 cancelled.</summary>
public static class AssessmentApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool outputRedirected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // 1. Read and check the command line: every problem at once, naming the argument.
        if (CommandLine.AsksForHelp(args))
        {
            await output.WriteLineAsync(AssessmentArguments.Usage).ConfigureAwait(false);
            return 0;
        }

        if (!AssessmentArguments.TryParse(args, out var arguments, out var errors))
        {
            foreach (var problem in errors)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync(AssessmentArguments.HelpHint).ConfigureAwait(false);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var texts = new ReportTexts(arguments!.Language);
        try
        {
            // 2. Read the creditor's file with Collections.Intake, showing progress for large files.
            await output.WriteLineAsync($"Reading {arguments.File}").ConfigureAwait(false);
            IntakeStep.Outcome intake;
            using (var bar = new ConsoleProgressBar(output, outputRedirected))
            {
                intake = await IntakeStep.ReadAsync(arguments, bar, cancellationToken).ConfigureAwait(false);
            }

            await output.WriteLineAsync(intake.Summary).ConfigureAwait(false);
            if (intake.Input is null)
            {
                await error.WriteLineAsync(intake.Refusal).ConfigureAwait(false);
                return 3;
            }

            // 3. Assess: aging, segments, roll and cure rates, month ends, KPI baselines, data quality.
            var figures = Assessor.Assess(intake.Input, texts, step => output.WriteLine($"  {step}…"));

            // 4. Write the pack: figures.json (the contract), report.html (self-contained), assessment.xlsx (a sheet per section).
            var pack = PackWriter.Write(arguments.OutputDirectory, figures, intake.Input.Quality.RejectedRows, intake.Input.Quality.WarningRows, texts);

            // 5. Say where the pack is.
            await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Assessment pack written in {clock.Elapsed.TotalSeconds:F1} s:")).ConfigureAwait(false);
            foreach (var file in pack)
            {
                await output.WriteLineAsync("  " + file).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception e) when (e is IntakeFileException or IntakeMappingException or AssessmentException)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 3;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled; nothing was written.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is a defect in the sample or the library: say so plainly, with the detail a bug report needs.
            await error.WriteLineAsync("error: the assessment failed unexpectedly; nothing was written. Please report this with the details below.").ConfigureAwait(false);
            await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            return 1;
        }
    }
}
