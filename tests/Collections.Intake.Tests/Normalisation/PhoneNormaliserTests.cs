namespace Collections.Intake.Tests.Normalisation;

/// <summary>Examples of phone normalisation to E.164 (region SA unless stated); the expected numbers are the digits written
/// in the input with the country code +966 in place of the trunk 0.</summary>
public sealed class PhoneNormaliserTests
{
    private static readonly PhoneNormaliser Saudi = new("SA");

    private static (PhoneCheck Check, NormalisationFlags Flags) Normalise(string text, PhoneNormaliser? normaliser = null, ContactPointKind? kind = null)
    {
        var flags = NormalisationFlags.None;
        var check = (normaliser ?? Saudi).Normalise(text, kind ?? ContactPointKind.Mobile, ref flags);
        return (check, flags);
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData("0551234567")]
    [InlineData("551234567")]
    [InlineData("+966551234567")]
    [InlineData("00966551234567")]
    [InlineData("966551234567")]
    [InlineData("00966 55 123 4567")]
    [InlineData("+966-55-123-4567")]
    [InlineData("(055) 123 4567")]
    [InlineData("٠٥٥١٢٣٤٥٦٧")]
    [InlineData("۰۵۵۱۲۳۴۵۶۷")]
    [InlineData("\u200F0551234567\u200F")]
    public void Normalise_SaudiMobileInAnyCommonForm_IsE164(string text)
    {
        var (check, _) = Normalise(text);
        Assert.True(check.IsValid);
        Assert.Equal("+966551234567", check.Value);
        Assert.Equal(ContactPointKind.Mobile, check.Kind);
    }

    [Fact]
    public void Normalise_RewrittenNumber_IsCountedAndArabicDigitsToo()
    {
        var (_, flags) = Normalise("٠٥٥١٢٣٤٥٦٧");
        Assert.True(flags.HasFlag(NormalisationFlags.PhonesToE164));
        Assert.True(flags.HasFlag(NormalisationFlags.ArabicIndicDigits));
        Assert.Equal(NormalisationFlags.None, Normalise("+966551234567").Flags); // already E.164: nothing rewritten
    }

    [Fact]
    public void Normalise_RiyadhLandline_IsValidLandline()
    {
        var (check, _) = Normalise("0112345678"); // 011: Riyadh fixed line
        Assert.True(check.IsValid);
        Assert.Equal("+966112345678", check.Value);
        Assert.Equal(ContactPointKind.Landline, check.Kind);
    }

    [Theory]
    [InlineData("0521234567", "no such number in the numbering plan")] // 052 is not a Saudi mobile range
    [InlineData("05123", "too short")]
    [InlineData("05512345678", "no such number in the numbering plan")]
    [InlineData("not known", "not a phone number")]
    [InlineData("+999 123 456", "unknown country code")]
    public void Normalise_InvalidNumber_IsKeptAsWrittenWithTheReason(string text, string reason)
    {
        var (check, _) = Normalise(text);
        Assert.False(check.IsValid);
        Assert.Equal(text, check.Value);
        Assert.Equal(reason, check.Problem!.English);
        Assert.False(string.IsNullOrWhiteSpace(check.Problem.Arabic));
    }

    [Fact]
    public void Normalise_ForeignNumberInInternationalForm_IsValid()
    {
        var (check, _) = Normalise("+1 202 555 0123");
        Assert.True(check.IsValid);
        Assert.Equal("+12025550123", check.Value);
    }

    [Fact]
    public void Normalise_OtherDefaultRegion_ReadsLocalNumbersThere()
    {
        var emirates = new PhoneNormaliser("AE");
        var (check, _) = Normalise("050 123 4567", emirates); // a UAE mobile (050), written locally
        Assert.True(check.IsValid);
        Assert.Equal("+971501234567", check.Value);
        Assert.Equal("+966551234567", Normalise("+966551234567", emirates).Check.Value); // international numbers keep their country
    }
}
