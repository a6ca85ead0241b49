namespace Collections.TestKit;

/// <summary>Finds files in this repository (the bundled public datasets, samples, docs) from a test's output folder.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository's root folder (the one holding Collections.Core.sln).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The bundled UCI "default of credit card clients" file (30,000 rows).</summary>
    public static string UciCreditCard => Path.Combine(Root, "samples", "data", "UCI_Credit_Card.csv");

    /// <summary>The bundled IBM "late payment histories" invoices file (2,466 rows).</summary>
    public static string IbmReceivables => Path.Combine(Root, "samples", "data", "WA_Fn-UseC_-Accounts-Receivable.csv");

    /// <summary>A path under the repository root.</summary>
    /// <param name="parts">Path segments.</param>
    /// <returns>The full path.</returns>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Collections.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Collections.Core.sln not found above {AppContext.BaseDirectory}.");
    }
}
