using Collections.Samples.Rendering;

namespace Collections.Samples.Tests;

/// <summary>The command-line scanner the samples share (samples/Collections.Samples.Rendering/CommandLine.cs).</summary>
public sealed class SharedCommandLineTests
{
    private static readonly string[] Valued = ["--out", "--seed"];

    [Fact]
    public void Scan_ValuesFlagsAndPositionals_AreTakenApart()
    {
        var line = CommandLine.Scan(["file.csv", "--out", "dir", "--strict", "--seed", "7"], Valued, ["--strict"], takesPositionals: true);

        Assert.Empty(line.Problems);
        Assert.Equal(["file.csv"], line.Positionals);
        Assert.Equal("dir", line.Value("--out"));
        Assert.Equal("7", line.Value("--seed"));
        Assert.True(line.Flag("--strict"));
        Assert.False(line.Help);
        Assert.Null(line.Value("--mapping"));
    }

    [Fact]
    public void Scan_AnOptionWhereAValueShouldBe_IsAMissingValueNotTheValue()
    {
        var line = CommandLine.Scan(["--seed", "--out", "dir"], Valued);

        Assert.Equal(["--seed: a value is missing."], line.Problems);
        Assert.Null(line.Value("--seed"));
        Assert.Equal("dir", line.Value("--out"));
    }

    [Fact]
    public void Scan_UnknownOption_NamedOnceWithItsValueSkipped()
    {
        var line = CommandLine.Scan(["--colour", "red", "--out", "dir"], Valued);

        Assert.Equal(["--colour: unknown option (see --help)."], line.Problems);
        Assert.Equal("dir", line.Value("--out"));
    }

    [Fact]
    public void Scan_RepeatedOptionsStrayArgumentsAndALastOptionWithoutValue_AllNamed()
    {
        var line = CommandLine.Scan(["--out", "a", "stray", "--out", "b", "--seed"], Valued);

        Assert.Equal(
            ["'stray': not an option (options start with --; see --help).", "--out: given more than once.", "--seed: a value is missing."],
            line.Problems);
    }

    [Fact]
    public void Scan_NameEqualsValue_IsReadAsTheValue_AndAFlagGivenAValueIsNamed()
    {
        var line = CommandLine.Scan(["--out=dir", "--strict=yes", "--seed="], Valued, ["--strict"]);

        Assert.Equal("dir", line.Value("--out"));
        Assert.Equal(string.Empty, line.Value("--seed"));
        Assert.Equal(["--strict: takes no value (got 'yes')."], line.Problems);
    }

    [Fact]
    public void Scan_DashesAlone_AreNamedAsAMissingName()
    {
        var line = CommandLine.Scan(["--", "--out", "dir"], Valued);

        Assert.Equal(["'--': an option's name is missing after the dashes (see --help)."], line.Problems);
        Assert.Equal("dir", line.Value("--out"));
    }

    [Fact]
    public void Scan_WhereFilesAreTaken_AnUnknownOptionLeavesTheNextArgument()
    {
        // "--verbose" was meant as a flag: the file after it is still the file.
        var line = CommandLine.Scan(["--verbose", "p.csv", "--out", "dir"], Valued, takesPositionals: true);

        Assert.Equal(["--verbose: unknown option (see --help)."], line.Problems);
        Assert.Equal(["p.csv"], line.Positionals);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--help")]
    public void Scan_HelpWhereAValueShouldBe_IsHelpAndAMissingValue(string help)
    {
        var line = CommandLine.Scan(["--out", help], Valued);

        Assert.True(line.Help);
        Assert.Null(line.Value("--out"));
        Assert.Equal(["--out: a value is missing."], line.Problems);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Scan_HelpAnywhere_IsSeen(string help)
    {
        var line = CommandLine.Scan(["--out", "dir", help], Valued);

        Assert.True(line.Help);
        Assert.Empty(line.Problems);
    }

    [Theory]
    [InlineData("2,000,000", 2_000_000)]
    [InlineData("2_000_000", 2_000_000)]
    [InlineData("-5", -5)]
    public void WholeNumber_WithSeparatorsOrSign_IsRead(string text, int expected)
    {
        var problems = new List<string>();

        Assert.Equal(expected, CommandLine.WholeNumber("--n", text, -10, 3_000_000, problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("1.5")]
    [InlineData("3,000,001")]
    [InlineData("1,2")]
    [InlineData("12,34,567")]
    [InlineData("1_0")]
    [InlineData("99999999999")]
    public void WholeNumber_NotANumberOrOutOfRange_NamesOptionValueAndRange(string text)
    {
        var problems = new List<string>();

        Assert.Null(CommandLine.WholeNumber("--n", text, -10, 3_000_000, problems));
        Assert.Equal([$"--n: '{text}' is not a whole number from -10 to 3,000,000."], problems);
    }
}
