namespace Collections.Architecture.Tests;

/// <summary>The dependency rule of docs/architecture.md: what each package may reference.</summary>
public sealed class DependencyRuleTests
{
    // Framework assemblies every package may use.
    private static readonly string[] Framework = ["System", "Microsoft.Win32", "netstandard", "mscorlib"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Collections.Core"] = ["NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["Collections.Aging"] = ["Collections.Core", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["Collections.Kpi"] = ["Collections.Core", "Collections.Aging", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["Collections.Intake"] = ["Collections.Core", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions", "Sylvan.Data.Csv", "ExcelDataReader", "PhoneNumbers"],
        ["Collections.Audit.Sqlite"] = ["Collections.Core", "NodaTime", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Data.Sqlite"],
        ["Collections.PhoneNumbers"] = ["Collections.Core", "NodaTime", "Microsoft.Extensions.DependencyInjection.Abstractions", "PhoneNumbers"],
        ["Collections.ContactPolicy"] = ["Collections.Core", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["Collections.Escalation"] = ["Collections.Core", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["Collections.Fees"] = ["Collections.Core", "NodaTime", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions"],
    };

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void Each_package_references_only_what_the_dependency_rule_allows(string assemblyName)
    {
        var references = LibraryAssemblies.ByName(assemblyName).GetReferencedAssemblies().Select(r => r.Name!);

        var forbidden = references
            .Where(r => !Framework.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal)))
            .Where(r => !Allowed[assemblyName].Contains(r))
            .ToList();

        Assert.True(forbidden.Count == 0, $"{assemblyName} references {string.Join(", ", forbidden)}, which docs/architecture.md does not allow.");
    }

    [Fact]
    public void No_package_references_tests_or_samples() =>
        Assert.All(LibraryAssemblies.All, a => Assert.DoesNotContain(
            a.GetReferencedAssemblies(),
            r => r.Name!.Contains(".Tests", StringComparison.Ordinal) || r.Name.Contains("Samples", StringComparison.Ordinal) || r.Name.StartsWith("xunit", StringComparison.Ordinal)));
}
