using System.Text;
using System.Text.Json.Nodes;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>The governance sample's <c>--inputs FILE</c>: what JSON allows but the inputs cannot mean (a repeated key, an
/// unknown field, another currency) and a file that is not UTF-8 are refused, each named by its JSON path; exit 3.</summary>
public sealed class GovernanceInputsFileTests : IDisposable
{
    private readonly string _folder = GovernanceRun.NewFolder();

    public GovernanceInputsFileTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData("\"values\": {", "\"values\": { \"rpc_rate\": 10,", "$.baseline.values.rpc_rate: given more than once.")]
    [InlineData("\"targets\": {", "\"targets\": { \"rpc_rate\": 10,", "$.targets.rpc_rate: given more than once.")]
    [InlineData("\"channel_costs\": {", "\"channel_costs\": { \"call\": 1,", "$.channel_costs.call: given more than once.")]
    [InlineData("\"currency\": \"SAR\"", "\"currency\": \"USD\"", "$.currency: the generated data is in SAR, so the inputs must be too (got \"USD\").")]
    [InlineData("\"currency\": \"SAR\",", "\"currency\": \"SAR\", \"tagrets\": {},", "$.tagrets: unknown field (expected one of: currency, baseline, targets, channel_costs).")]
    [InlineData("\"label\":", "\"lable\": \"x\", \"label\":", "$.baseline.lable: unknown field (expected one of: label, start, end, values).")]
    [InlineData("\"ptp_kept_rate\": 70", "\"ptp_kept_rate\": 150", "$.targets.ptp_kept_rate: 150 is not a percentage from 0 to 100.")]
    [InlineData("\"attempts_per_rpc\": 7,", "\"attempts_per_rpc\": -7,", "$.targets.attempts_per_rpc: The target for 'attempts_per_rpc' must be zero or more, not negative (unit ratio); got -7.")]
    public async Task WhatTheInputsCannotMean_ExitCode3_NamesTheJsonPath(string find, string replace, string expected)
    {
        var text = DefaultInputs();
        Assert.Contains(find, text, StringComparison.Ordinal); // the edit applies
        var file = Write("inputs.json", Encoding.UTF8.GetBytes(ReplaceFirst(text, find, replace)));

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--inputs", file);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected failure", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Directory));
    }

    [Fact]
    public async Task Windows1256File_Refused_SaysItIsNotUtf8()
    {
        var json = JsonNode.Parse(DefaultInputs())!;
        json["baseline"]!["label"] = "خط الأساس";
        var file = Write("inputs-1256.json", Windows1256(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--inputs", file);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"error: --inputs {file}: the file is not UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains("Windows-1256", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8WithByteOrderMark_IsRead_ArabicLabelKept()
    {
        var json = JsonNode.Parse(DefaultInputs())!;
        json["baseline"]!["label"] = "خط الأساس";
        var file = Write("inputs-bom.json", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(json.ToJsonString())]);

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--inputs", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("خط الأساس", run.Json.RootElement.GetProperty("baseline").GetProperty("label").GetString());
    }

    [Fact]
    public async Task InputsIsAFolder_ExitCode2_SaysItIsAFolder()
    {
        var run = await GovernanceRun.RunAsync("--out", "{out}", "--inputs", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --inputs: '{_folder}' is a folder; give the inputs JSON file.", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string DefaultInputs() =>
        File.ReadAllText(RepositoryFiles.PathTo("samples", "Collections.Samples.GovernanceReport", "Inputs", "governance-inputs.default.json"));

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    /// <summary>Windows-1256 without the code-pages provider: ASCII as is, the few Arabic letters used here by their code.</summary>
    private static byte[] Windows1256(string text) => [.. text.Select(c => c switch
    {
        < (char)0x80 => (byte)c,
        'خ' => (byte)0xCE,
        'ط' => (byte)0xD8,
        'ا' => (byte)0xC7,
        'ل' => (byte)0xE1,
        'أ' => (byte)0xC3,
        'س' => (byte)0xD3,
        _ => throw new ArgumentException($"No Windows-1256 byte for U+{(int)c:X4} in this test."),
    })];

    private string Write(string name, byte[] bytes)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
