using System.Security.Cryptography;
using System.Text;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using NodaTime.Testing;
using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.Statements;

public sealed class FeeStatementIssuerTests
{
    private static FeeStatement OnePayment() => FeeStatement.Calculate(Request("JAN", Flat(10m), January) with
    {
        Placements = [Placed("ACC-1", age: 30, balance: 5_000m)],
        Payments = [Paid("P-1", "ACC-1", 100m, new LocalDate(2026, 1, 5))],  // 10.00; VAT 1.50
    });

    [Fact]
    public void LinesSha256_IsTheSha256OfTheCanonicalJsonOfTheLines()
    {
        // RFC 8785: members sorted by name, no white space; amounts in minor units, percentages as text.
        const string canonical =
            """{"currency":"SAR","lines":[""" +
            """{"account":"ACC-1","base":10000,"date":"2026-01-05","fee":1000,"kind":"fee","limit":null,"number":1,"payment":"P-1","percent":"10","placement":"PL-2026-01","received":10000,"refers_to_line":null,"refers_to_statement":null,"stage":null,"tier":"ALL"},""" +
            """{"account":null,"base":1000,"date":null,"fee":150,"kind":"vat","limit":null,"number":2,"payment":null,"percent":"15","placement":null,"received":null,"refers_to_line":null,"refers_to_statement":null,"stage":null,"tier":null}""" +
            "]}";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), OnePayment().LinesSha256);
    }

    [Fact]
    public void LinesSha256_IdsWithQuotesBackslashesControlsAndArabic_AreEscapedAsRfc8785Says()
    {
        var statement = FeeStatement.Calculate(Request("JAN", Flat(10m), January) with
        {
            Placements = [Placed("حساب \"7\"\\\tx", age: 30, balance: 5_000m)],
            Payments = [Paid("دفعة\u0001", "حساب \"7\"\\\tx", 100m, new LocalDate(2026, 1, 5))],
        });

        var canonical = FeeStatementHash.CanonicalJson(statement.Currency, statement.Lines);

        Assert.Equal(AuditPayload.Parse(canonical).Json, canonical);
        Assert.Contains("\"account\":\"حساب \\\"7\\\"\\\\\\tx\"", canonical, StringComparison.Ordinal);
        Assert.Contains("\"payment\":\"دفعة\\u0001\"", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueAsync_AppendsTheStatementWithItsTotalsAndLineHash()
    {
        var store = new InMemoryAuditStore();
        var trail = new AuditTrail(store, new FakeClock(Instant.FromUtc(2026, 2, 1, 6, 0)));
        var statement = OnePayment();

        var entry = await new FeeStatementIssuer(trail).IssueAsync(statement, new AuditActor("system:fees"), TestContext.Current.CancellationToken);

        Assert.Equal(AuditAction.FeeStatementIssued.Code, entry.Action);
        Assert.Equal("creditor:ACME-BANK", entry.Subject);
        Assert.Equal(
            "{\"currency\":\"SAR\",\"fee_minor_units\":1000,\"lines\":2,\"log_head\":\"0:" + AuditEntryHash.Genesis + "\",\"period_end\":\"2026-01-31\",\"period_start\":\"2026-01-01\"," +
            "\"schedule\":\"flat\",\"sha256\":\"" + statement.LinesSha256 + "\",\"statement\":\"JAN\",\"total_minor_units\":1150,\"track\":\"amicable\",\"vat_minor_units\":150}",
            entry.Payload);
        Assert.True((await trail.VerifyAsync(cancellationToken: TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public void Restore_FromTheIssuedLines_GivesTheSameStatementAndHash()
    {
        var statement = OnePayment();

        var restored = FeeStatement.Restore(statement.Id, statement.ScheduleId, statement.Creditor, statement.Track, statement.Currency, statement.Period, statement.Lines, statement.Exclusions);

        Assert.Equal(statement, restored);
        Assert.Equal(statement.LinesSha256, restored.LinesSha256);
        Assert.Equal(statement.Total, restored.Total);
        Assert.Throws<ArgumentException>(() => FeeStatement.Restore(statement.Id, statement.ScheduleId, statement.Creditor, statement.Track, statement.Currency, statement.Period, statement.Lines.Reverse()));
    }
}
