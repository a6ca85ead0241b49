using System.Text.Encodings.Web;
using System.Text.Json;

namespace Collections.Samples.GovernanceReport.Report;

/// <summary>Writes and reads governance-report.json: snake_case names, Arabic unescaped, indented.</summary>
internal static class FiguresJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(GovernanceFigures figures) => JsonSerializer.Serialize(figures, Options);

    public static GovernanceFigures Deserialize(string json) =>
        JsonSerializer.Deserialize<GovernanceFigures>(json, Options) ?? throw new JsonException("governance-report.json is empty.");
}
