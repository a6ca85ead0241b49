using System.Text;

namespace Collections.TestKit;

/// <summary>Documents generated from code and committed (docs/rules/*.md): a test regenerates the text and compares it with
/// the committed file, so the documents cannot drift from the rules they describe.</summary>
public static class CommittedDocument
{
    /// <summary>The environment variable that makes <see cref="Problem"/> write the generated text instead of only
    /// comparing (<c>UPDATE_RULE_BOOK=1 dotnet test …</c>).</summary>
    public const string UpdateVariable = "UPDATE_RULE_BOOK";

    /// <summary>Compares the committed file with the generated text; with <see cref="UpdateVariable"/> set to 1, writes the
    /// generated text first (UTF-8 without a byte-order mark).</summary>
    /// <param name="generated">The text the code generates now.</param>
    /// <param name="regenerate">The command that regenerates the file, quoted in the problem.</param>
    /// <param name="parts">The file's path under the repository root.</param>
    /// <returns><see langword="null"/> when the file holds exactly the generated text; otherwise what is wrong and how to fix it.</returns>
    public static string? Problem(string generated, string regenerate, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var path = RepositoryFiles.PathTo(parts);
        var shown = string.Join('/', parts);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        if (!File.Exists(path))
        {
            return $"{shown} is missing; create it with {UpdateVariable}=1 {regenerate}.";
        }

        return File.ReadAllText(path) == generated ? null : $"{shown} is stale: regenerate it with {UpdateVariable}=1 {regenerate}.";
    }
}
