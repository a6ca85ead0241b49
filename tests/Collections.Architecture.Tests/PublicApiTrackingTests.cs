using System.Text.RegularExpressions;
using Collections.TestKit;

namespace Collections.Architecture.Tests;

/// <summary>Every folder under src is either a package with tracked public API files, or shared source linked into packages
/// (docs/decisions/0007), which must declare nothing public: a public type there would become public API of every package
/// that links it.</summary>
public sealed partial class PublicApiTrackingTests
{
    [Fact]
    public void Every_src_folder_is_a_package_with_tracked_api_files_or_shared_source_without_public_types()
    {
        foreach (var folder in Directory.GetDirectories(RepositoryFiles.PathTo("src")))
        {
            var name = Path.GetFileName(folder);
            if (Directory.GetFiles(folder, "*.csproj").Length > 0)
            {
                Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Unshipped.txt")), $"src/{name} is a package without PublicAPI.Unshipped.txt.");
                continue;
            }

            Assert.Equal("Shared", name);
            foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                var publicTypes = PublicType().Matches(File.ReadAllText(file)).Select(m => m.Value.Trim()).ToList();
                Assert.True(publicTypes.Count == 0, $"src/Shared/{Path.GetFileName(file)} declares {string.Join(", ", publicTypes)}; shared source stays internal.");
            }
        }
    }

    [Fact]
    public void The_shared_json_reader_is_linked_into_the_packages_that_read_json_files()
    {
        string[] linking = [.. Directory.GetFiles(RepositoryFiles.PathTo("src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("../Shared/JsonFieldReader.cs", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal)];

        Assert.Equal(["Collections.ContactPolicy", "Collections.Escalation", "Collections.Fees", "Collections.Kpi"], linking);
    }

    [GeneratedRegex(@"^\s*public\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record|struct|interface|enum)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex PublicType();
}
