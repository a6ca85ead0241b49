using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Core.Audit;

namespace Collections.Core.Tests.Audit;

/// <summary>RFC 8785 (JSON Canonicalization Scheme) examples; expected outputs from the RFC and from Node.js 20's JSON.stringify.</summary>
public sealed class AuditPayloadTests
{
    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Parse_Rfc8785Example_CanonicalForm()
    {
        // RFC 8785 §3.2.2's example without its first number (333333333.33333329, which this library refuses: see below).
        const string input = """
            {
              "numbers": [1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        var payload = AuditPayload.Parse(input);

        Assert.Equal("""{"literals":[null,true,false],"numbers":[1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""", payload.Json);
    }

    [Fact]
    public void Parse_Rfc8785SortingExample_MembersInUtf16CodeUnitOrder()
    {
        // RFC 8785 §3.2.3: "\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6" sort as \r, 1, \u0080, ö, €, 😀, \ufb33.
        const string input = """{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}""";

        var payload = AuditPayload.Parse(input);

        Assert.Equal("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}", payload.Json);
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void Format_Rfc8785NumberSamples_AsEcmaScriptPrintsThem(string ieee754Hex, string expected)
    {
        // RFC 8785 Appendix B's doubles; the expected text is what Node.js 20 printed for each (JSON.stringify).
        var value = BitConverter.Int64BitsToDouble(Convert.ToInt64(ieee754Hex, 16));

        Assert.Equal(expected, CanonicalNumber.Format(value));
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData("""{"a":1.0}""", """{"a":1}""")]
    [InlineData("""{"a":-0}""", """{"a":0}""")]
    [InlineData("""{"a":1e2}""", """{"a":100}""")]
    [InlineData("""{"a":15.50}""", """{"a":15.5}""")]
    [InlineData("""{"a":9007199254740993e0}""", null)]
    [InlineData("""{"a":12345678901234567890}""", null)]
    [InlineData("""{"a":333333333.33333329}""", null)]
    [InlineData("""{"a":1e400}""", null)]
    [InlineData("""{"a":1e-400}""", null)]
    public void Parse_Numbers_KeptExactlyOrRefused(string input, string? expected)
    {
        if (expected is null)
        {
            var exception = Assert.Throws<FormatException>(() => AuditPayload.Parse(input));
            Assert.Contains("$.a:", exception.Message, StringComparison.Ordinal);
            Assert.Contains("as a string", exception.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, AuditPayload.Parse(input).Json);
        }
    }

    [Fact]
    public void Parse_SeveralProblems_EveryViolationListedWithItsPath()
    {
        const string input = """{"a":1,"a":2,"b":{"c":[1,"\ud800",12345678901234567890],"\udc00x":true}}""";

        var exception = Assert.Throws<FormatException>(() => AuditPayload.Parse(input));

        Assert.Contains("$.a: the member name appears more than once", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.b.c[1]: the text contains an unpaired surrogate", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.b.c[2]: the number 12345678901234567890 cannot be kept exactly", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.b: the text contains an unpaired surrogate", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{/*comment*/}")]
    [InlineData("{")]
    public void TryParse_NotAJsonObject_False(string input)
    {
        Assert.False(AuditPayload.TryParse(input, out var payload));
        Assert.Null(payload);
        Assert.Throws<FormatException>(() => AuditPayload.Parse(input));
    }

    [Fact]
    public void Parse_ArabicAndControlCharacters_ArabicLiteralControlEscapedLowerCase()
    {
        var payload = AuditPayload.Parse("{ \"ملاحظة\" : \"تم\\u0009الوفاء\\u001F\" }");

        Assert.Equal("{\"ملاحظة\":\"تم\\tالوفاء\\u001f\"}", payload.Json);
    }

    [Fact]
    public void From_JsonObjectAndJsonElement_SameCanonicalText()
    {
        var built = new JsonObject { ["z"] = 1, ["amount_minor_units"] = 125_050L, ["channel"] = "call" };
        using var document = JsonDocument.Parse("""{ "channel": "call", "z": 1, "amount_minor_units": 125050 }""");

        Assert.Equal("""{"amount_minor_units":125050,"channel":"call","z":1}""", AuditPayload.From(built).Json);
        Assert.Equal(AuditPayload.From(built), AuditPayload.From(document.RootElement));
        Assert.Equal("{}", AuditPayload.Empty.Json);
    }

    [Fact]
    public void From_JsonElementThatIsNotAnObject_Refused()
    {
        using var document = JsonDocument.Parse("[1]");

        Assert.Throws<FormatException>(() => AuditPayload.From(document.RootElement));
    }
}
