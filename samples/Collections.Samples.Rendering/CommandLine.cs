namespace Collections.Samples.Rendering;

/// <summary>A sample's command line split into options with a value, flags and positional arguments, with every problem of
/// its shape named by option: unknown or repeated options, missing values, unexpected arguments. The samples check the
/// values themselves and add their own problems after these.</summary>
/// <remarks>An option's value is the next argument unless that one is itself an option (<c>--seed --accounts 5</c> is a
/// missing seed, not a seed of "--accounts"); an unknown option's value is skipped so that it is not reported again as a
/// stray argument.</remarks>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private CommandLine(Dictionary<string, string> values, HashSet<string> flags, List<string> positionals, List<string> problems, bool help)
    {
        _values = values;
        _flags = flags;
        Positionals = positionals;
        Problems = problems;
        Help = help;
    }

    /// <summary>Whether <c>--help</c>, <c>-h</c> or <c>-?</c> was given.</summary>
    public bool Help { get; }

    /// <summary>The arguments that are not options, in order (always empty when the sample takes none).</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>What is wrong with the command line's shape, one line per problem, each starting with the option.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Splits <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="valueOptions">The options that take a value (<c>--out</c>, …).</param>
    /// <param name="flags">The options without a value (<c>--strict</c>, …).</param>
    /// <param name="takesPositionals">Whether arguments that are not options are taken (an input file); otherwise each is a problem.</param>
    /// <returns>The scanned command line.</returns>
    public static CommandLine Scan(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flags = null, bool takesPositionals = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valueOptions);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flagsGiven = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var problems = new List<string>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                help = true;
                continue;
            }

            if (!IsOption(arg))
            {
                if (takesPositionals)
                {
                    positionals.Add(arg);
                }
                else
                {
                    problems.Add($"'{arg}': not an option (options start with --; see --help).");
                }

                continue;
            }

            var isFlag = flags?.Contains(arg) == true;
            if (!isFlag && !valueOptions.Contains(arg))
            {
                problems.Add($"{arg}: unknown option (see --help).");
                if (i + 1 < args.Count && !IsOption(args[i + 1]))
                {
                    i++; // its value, so that it is not reported as a stray argument too
                }

                continue;
            }

            if (!seen.Add(arg))
            {
                problems.Add($"{arg}: given more than once.");
            }

            if (isFlag)
            {
                flagsGiven.Add(arg);
            }
            else if (i + 1 >= args.Count || IsOption(args[i + 1]))
            {
                problems.Add($"{arg}: a value is missing.");
            }
            else
            {
                values[arg] = args[++i];
            }
        }

        return new CommandLine(values, flagsGiven, positionals, problems, help);
    }

    /// <summary>The value given to <paramref name="option"/>, or null when it was not given (or had no value).</summary>
    /// <param name="option">The option, with its dashes.</param>
    /// <returns>The value.</returns>
    public string? Value(string option) => _values.GetValueOrDefault(option);

    /// <summary>Whether the flag <paramref name="option"/> was given.</summary>
    /// <param name="option">The flag, with its dashes.</param>
    /// <returns>True when given.</returns>
    public bool Flag(string option) => _flags.Contains(option);

    /// <summary>Reads a whole number within a range, allowing thousands separators ("2,000,000", "2_000_000"); a problem
    /// naming the option and the range otherwise.</summary>
    /// <param name="option">The option, for the message.</param>
    /// <param name="value">The text given.</param>
    /// <param name="min">The smallest allowed.</param>
    /// <param name="max">The largest allowed.</param>
    /// <param name="problems">Where a problem is added.</param>
    /// <returns>The number, or null after adding a problem.</returns>
    public static int? WholeNumber(string option, string value, int min, int max, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(problems);
        var text = value.Replace(",", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option}: '{value}' is not a whole number from {min:N0} to {max:N0}."));
        return null;
    }

    // "--" alone is not an option name: it can be a value (a folder called "--" is odd, but it is not an option).
    private static bool IsOption(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;
}
