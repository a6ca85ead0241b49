namespace Collections.Samples.Rendering;

/// <summary>A sample's command line split into options with a value, flags and positional arguments, with every problem of
/// its shape named by option: unknown or repeated options, missing values, unexpected arguments. The samples check the
/// values themselves and add their own problems after these.</summary>
/// <remarks>An option's value is the next argument unless that one is itself an option or asks for help
/// (<c>--seed --accounts 5</c> is a missing seed, not a seed of "--accounts"); <c>--name=value</c> is read as
/// <c>--name value</c>. An unknown option's value is skipped so that it is not reported again as a stray argument, except
/// where positional arguments are taken (it may be the input file).</remarks>
public sealed partial class CommandLine
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

    /// <summary>Whether <c>--help</c>, <c>-h</c> or <c>-?</c> was given (<see cref="AsksForHelp"/>).</summary>
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
            if (IsHelp(arg))
            {
                help = true;
                continue;
            }

            if (arg == "--")
            {
                problems.Add("'--': an option's name is missing after the dashes (see --help).");
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

            // --name=value is read as --name value.
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            string? inlineValue = equals > 0 ? arg[(equals + 1)..] : null;
            var isFlag = flags?.Contains(name) == true;
            if (!isFlag && !valueOptions.Contains(name))
            {
                problems.Add($"{name}: unknown option (see --help).");

                // Its value is skipped so that it is not reported again as a stray argument; where arguments that are not
                // options are taken (an input file), the next one may be that instead, so it is left.
                if (inlineValue is null && !takesPositionals && i + 1 < args.Count && !IsOption(args[i + 1]) && !IsHelp(args[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (!seen.Add(name))
            {
                problems.Add($"{name}: given more than once.");
            }

            if (isFlag)
            {
                if (inlineValue is not null)
                {
                    problems.Add($"{name}: takes no value (got '{inlineValue}').");
                }

                flagsGiven.Add(name);
            }
            else if (inlineValue is not null)
            {
                values[name] = inlineValue;
            }
            else if (i + 1 >= args.Count || IsOption(args[i + 1]) || IsHelp(args[i + 1]))
            {
                problems.Add($"{name}: a value is missing.");
            }
            else
            {
                values[name] = args[++i];
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

    /// <summary>Reads a whole number within a range, allowing thousands separators between groups of three digits
    /// ("2,000,000", "2_000_000"); a problem
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
        // Separators only between groups of three digits: "1,2" is a typing slip, not 12.
        if (WholeNumberPattern().IsMatch(value)
            && int.TryParse(value.Replace(",", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= min && n <= max)
        {
            return n;
        }

        problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option}: '{value}' is not a whole number from {min:N0} to {max:N0}."));
        return null;
    }

    private static bool IsOption(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";

    /// <summary>Whether any argument asks for the usage text (<c>--help</c>, <c>-h</c>, <c>-?</c>): it then wins over
    /// everything else given, for samples that print the usage before scanning.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>True when help is asked for.</returns>
    public static bool AsksForHelp(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Any(IsHelp);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(\d+|\d{1,3}(,\d{3})+|\d{1,3}(_\d{3})+)$")]
    private static partial System.Text.RegularExpressions.Regex WholeNumberPattern();
}
