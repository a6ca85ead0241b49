using Collections.TestKit;

namespace Collections.Architecture.Tests;

/// <summary>Every shipped package has a README and a tracked public API.</summary>
public sealed class PackagingTests
{
    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void Every_package_has_a_readme_and_tracked_public_api_files(string assemblyName)
    {
        var folder = RepositoryFiles.PathTo("src", assemblyName);

        Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{assemblyName}/README.md is missing.");
        Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Shipped.txt")), $"{assemblyName}/PublicAPI.Shipped.txt is missing.");
        Assert.True(File.Exists(Path.Combine(folder, "PublicAPI.Unshipped.txt")), $"{assemblyName}/PublicAPI.Unshipped.txt is missing.");
    }

    [Fact]
    public void Bundled_public_datasets_are_byte_copies_of_the_originals()
    {
        Assert.Equal("420f0278ba235d05b0402a298a3c1e007bbb6bd722c8b234bb3b226847695244", Sha256(RepositoryFiles.UciCreditCard));
        Assert.Equal("f5d488eaa4c1cc843b478b6f1068c553c5394aab4b64d587e4b9ad811d845c19", Sha256(RepositoryFiles.IbmReceivables));
    }

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
