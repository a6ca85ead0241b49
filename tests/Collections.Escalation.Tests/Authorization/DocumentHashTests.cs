namespace Collections.Escalation.Tests.Authorization;

/// <summary>Document hashes: SHA-256 as 64 lower-case hex digits.</summary>
public sealed class DocumentHashTests
{
    [Fact]
    public async Task Of_KnownInput_IsTheKnownSha256()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        const string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        Assert.Equal(abc, DocumentHash.Of("abc"u8).Hex);
        Assert.Equal(abc, (await DocumentHash.OfAsync(new MemoryStream("abc"u8.ToArray()), TestContext.Current.CancellationToken)).Hex);
        Assert.Equal(DocumentHash.Of("abc"u8), DocumentHash.Parse(abc.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adx")]
    [InlineData("ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData(" a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void TryParse_AnythingButSixtyFourHexDigits_Refused(string text)
    {
        Assert.False(DocumentHash.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DocumentHash.Parse(text));
    }
}
