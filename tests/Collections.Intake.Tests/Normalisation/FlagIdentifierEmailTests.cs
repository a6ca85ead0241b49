namespace Collections.Intake.Tests.Normalisation;

/// <summary>Examples for yes/no cells, identifiers and e-mail addresses.</summary>
public sealed class FlagIdentifierEmailTests
{
    [Theory]
    [InlineData("Yes", true)]
    [InlineData("YES", true)]
    [InlineData("y", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("١", true)]
    [InlineData("نعم", true)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("لا", false)]
    [InlineData(" No ", false)]
    public void TryParse_YesNoWords_AreFlags(string text, bool expected)
    {
        var flags = NormalisationFlags.None;
        Assert.True(FlagText.TryParse(text, out var value, ref flags));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData("نعمم")]
    public void TryParse_OtherWords_AreNotFlags(string text)
    {
        var flags = NormalisationFlags.None;
        Assert.False(FlagText.TryParse(text, out _, ref flags));
    }

    [Theory]
    [InlineData("0000611365", "0000611365")] // invoice numbers keep their leading zeros
    [InlineData("  0379-NEVHP ", "0379-NEVHP")]
    [InlineData("٠٠١٢٣", "00123")]
    [InlineData("۰۰۱۲۳", "00123")]
    [InlineData("\u200FAC-7\u200F", "AC-7")]
    [InlineData("ح-١٢", "ح-12")]
    [InlineData("\u3000A 1\u2003", "A 1")] // any Unicode space at the edges, as typed in some Asian and Arabic layouts
    public void Clean_Identifier_IsTrimmedWithAsciiDigits(string text, string expected)
    {
        var flags = NormalisationFlags.None;
        Assert.Equal(expected, IdentifierText.Clean(text, stackalloc char[64], ref flags).ToString());
    }

    [Theory]
    [InlineData("Debtor@Example.COM", "Debtor@example.com")]
    [InlineData("a.b@mail.example.sa", "a.b@mail.example.sa")]
    public void TryNormalise_ValidEmail_LowerCasesTheDomain(string text, string expected)
    {
        Assert.True(EmailText.TryNormalise(text, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("no-at-sign.example.com")]
    [InlineData("two@@example.com")]
    [InlineData("a@b")]
    [InlineData("a b@example.com")]
    [InlineData("@example.com")]
    [InlineData("a@example..com")]
    public void TryNormalise_InvalidEmail_IsRefused(string text) => Assert.False(EmailText.TryNormalise(text, out _));
}
