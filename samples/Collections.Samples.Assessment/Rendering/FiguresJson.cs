using System.Text.Encodings.Web;
using System.Text.Json;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Writes and reads figures.json: snake_case names, dictionary keys as given (bucket labels), Arabic unescaped.</summary>
public static class FiguresJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(AssessmentFigures figures) => JsonSerializer.Serialize(figures, Options);

    public static AssessmentFigures Deserialize(string json) =>
        JsonSerializer.Deserialize<AssessmentFigures>(json, Options) ?? throw new JsonException("figures.json is empty.");
}
