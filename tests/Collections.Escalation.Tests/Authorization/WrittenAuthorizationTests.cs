using Collections.Escalation.Tests.Support;

namespace Collections.Escalation.Tests.Authorization;

/// <summary>The written authorization as a value: bad input named by field, and whether it covers an account on a date.</summary>
public sealed class WrittenAuthorizationTests
{
    private static readonly LocalDate InMay = new(2026, 5, 10);

    private static IEnumerable<EscalationRefusalCode> Codes(AuthorizationCheck check) => check.Refusals.Select(r => r.Code);

    [Fact]
    public void Build_WithoutADocumentHash_NamesTheField()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.DocumentSha256 = null;

        var exception = Assert.Throws<EscalationDataException>(builder.Build);

        var violation = Assert.Single(exception.Violations);
        Assert.Equal("DocumentSha256", violation.Field);
        Assert.Equal("DocumentSha256: is required (the SHA-256 of the signed document, 64 hexadecimal digits)", violation.ToString());
        Assert.Contains("written authorization 'AUTH-1' is not valid (1 problem(s))", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MalformedHash_ExpiryBeforeSigning_NoScope_EveryFieldNamedAtOnce()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.DocumentSha256 = "abc123";
        builder.ValidThrough = new LocalDate(2026, 3, 31);
        builder.Scope = null;
        builder.SignerRole = " ";

        var exception = Assert.Throws<EscalationDataException>(builder.Build);

        Assert.Equal(["SignerRole", "ValidThrough", "Scope", "DocumentSha256"], exception.Violations.Select(v => v.Field));
        Assert.Contains("ValidThrough: 2026-03-31 is before SignedOn 2026-04-01: the authorization would expire before it was signed", exception.Message, StringComparison.Ordinal);
        Assert.Contains("DocumentSha256: 'abc123' is not a SHA-256 (64 hexadecimal digits)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAccounts_Empty_RefusedAsAnEmptyScope()
    {
        var exception = Assert.Throws<ArgumentException>(() => AuthorizationScope.ForAccounts([]));

        Assert.Equal("accounts", exception.ParamName);
        Assert.Contains("an empty scope authorizes nothing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_None_RefusedAsAnEmptyScope()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AuthorizationCriteria());

        Assert.Contains("no criterion", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UpperCaseHash_KeptInLowerCase()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.DocumentSha256 = TestEscalation.HashOf("AUTH-1").Hex.ToUpperInvariant();

        Assert.Equal(TestEscalation.HashOf("AUTH-1"), builder.Build().DocumentSha256);
    }

    [Fact]
    public void Check_ListedAccountInsideItsDates_Valid()
    {
        var check = TestEscalation.Authorization().Check(TestEscalation.Qualifying(), InMay);

        Assert.True(check.IsValid);
        Assert.Empty(check.Refusals);
    }

    [Fact]
    public void Check_OnTheFirstAndLastDay_Valid_AndADayOutside_Refused()
    {
        var authorization = TestEscalation.Authorization();
        var evidence = TestEscalation.Qualifying();

        Assert.True(authorization.Check(evidence, new LocalDate(2026, 4, 1)).IsValid);
        Assert.True(authorization.Check(evidence, new LocalDate(2026, 12, 31)).IsValid);
        Assert.Equal([EscalationRefusalCode.AuthorizationNotYetSigned], Codes(authorization.Check(evidence, new LocalDate(2026, 3, 31))));
        Assert.Equal([EscalationRefusalCode.AuthorizationExpired], Codes(authorization.Check(evidence, new LocalDate(2027, 1, 1))));
    }

    [Fact]
    public void Check_Expired_SaysUntilWhen()
    {
        var refusal = Assert.Single(TestEscalation.Authorization().Check(TestEscalation.Qualifying(), new LocalDate(2027, 1, 4)).Refusals);

        Assert.Equal("Authorization AUTH-1 was valid through 2026-12-31; the step is dated 2027-01-04.", refusal.Explanation.English);
        Assert.Equal("التفويض AUTH-1 ساري المفعول حتى 2026-12-31، وتاريخ الخطوة 2027-01-04.", refusal.Explanation.Arabic);
    }

    [Fact]
    public void Check_Revoked_FromItsDate()
    {
        var revoked = TestEscalation.Authorization().Revoke(new AuthorizationRevocation(InMay, "Synthetic Signer", "debtor entered a settlement"));
        var evidence = TestEscalation.Qualifying();

        Assert.True(revoked.Check(evidence, InMay.PlusDays(-1)).IsValid);
        var refusal = Assert.Single(revoked.Check(evidence, InMay).Refusals);
        Assert.Equal(EscalationRefusalCode.AuthorizationRevoked, refusal.Code);
        Assert.Equal("Authorization AUTH-1 was revoked from 2026-05-10 by Synthetic Signer (debtor entered a settlement); the step is dated 2026-05-10.", refusal.Explanation.English);
    }

    [Fact]
    public void Check_AccountNotListed_OutsideItsScope()
    {
        var evidence = TestEscalation.Qualifying(account: TestEscalation.AccountOf(account: TestEscalation.OtherAccount));

        var refusal = Assert.Single(TestEscalation.Authorization().Check(evidence, InMay).Refusals);

        Assert.Equal(EscalationRefusalCode.AuthorizationOutsideScope, refusal.Code);
        Assert.Equal("Account ACC-2 is outside the scope of authorization AUTH-1: the listed accounts: ACC-1, ACC-3.", refusal.Explanation.English);
    }

    [Fact]
    public void Check_AnotherCreditorsAuthorization_Refused()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.Creditor = TestEscalation.OtherCreditor;

        var check = builder.Build().Check(TestEscalation.Qualifying(), InMay);

        Assert.Equal([EscalationRefusalCode.AuthorizationOtherCreditor], Codes(check));
        Assert.Equal("Authorization AUTH-1 was given by creditor OTHER, not by ACME, whose debt this is.", check.Refusals[0].Explanation.English);
    }

    [Fact]
    public void Check_PlacementScope_CoversTheAccountsOfThatPlacementOnly()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.Scope = AuthorizationScope.ForPlacement(TestEscalation.Placement);
        var authorization = builder.Build();

        Assert.True(authorization.Check(TestEscalation.Qualifying(), InMay).IsValid);
        Assert.Equal(
            [EscalationRefusalCode.AuthorizationOutsideScope],
            Codes(authorization.Check(TestEscalation.Qualifying(account: TestEscalation.AccountOf(placement: new PlacementId("ACME-2025-Q4"))), InMay)));
    }

    [Fact]
    public void Check_CriteriaScope_ReadsDaysPastDueAndBalance()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.Scope = AuthorizationScope.ForCriteria(new AuthorizationCriteria(daysPastDueAtLeast: 120, balanceAtLeast: TestEscalation.Sar(10_000m), balanceAtMost: TestEscalation.Sar(50_000m)));
        var authorization = builder.Build();

        Assert.True(authorization.Check(TestEscalation.Qualifying(daysPastDue: 120, balance: 10_000m), InMay).IsValid);
        Assert.False(authorization.Check(TestEscalation.Qualifying(daysPastDue: 119, balance: 10_000m), InMay).IsValid);
        Assert.False(authorization.Check(TestEscalation.Qualifying(daysPastDue: 200, balance: 50_000.01m), InMay).IsValid);
        Assert.Equal(
            "the creditor's accounts with at least 120 days past due, a balance of at least 10,000.00 SAR, a balance of at most 50,000.00 SAR",
            authorization.Scope.Description.English);
    }

    [Fact]
    public void Check_EverythingWrong_EveryReasonListed()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.Creditor = TestEscalation.OtherCreditor;
        var authorization = builder.Build().Revoke(new AuthorizationRevocation(new LocalDate(2026, 6, 1), "Synthetic Signer", "withdrawn"));
        var evidence = TestEscalation.Qualifying(account: TestEscalation.AccountOf(account: TestEscalation.OtherAccount));

        var check = authorization.Check(evidence, new LocalDate(2027, 2, 1));

        Assert.Equal(
            [EscalationRefusalCode.AuthorizationOtherCreditor, EscalationRefusalCode.AuthorizationExpired, EscalationRefusalCode.AuthorizationRevoked, EscalationRefusalCode.AuthorizationOutsideScope],
            Codes(check));
    }

    [Fact]
    public void Revoke_Twice_OrBeforeSigning_Refused()
    {
        var authorization = TestEscalation.Authorization();
        var revoked = authorization.Revoke(new AuthorizationRevocation(InMay, "Synthetic Signer", "settled"));

        Assert.Throws<InvalidOperationException>(() => revoked.Revoke(new AuthorizationRevocation(InMay, "Synthetic Signer", "again")));
        Assert.Throws<ArgumentException>(() => authorization.Revoke(new AuthorizationRevocation(new LocalDate(2026, 3, 1), "Synthetic Signer", "too early")));
        Assert.False(authorization.IsRevoked);
        Assert.True(revoked.IsRevoked);
    }

    [Fact]
    public void TheSameAuthorizationBuiltTwice_IsEqual_AccountListsComparedItemByItem()
    {
        Assert.Equal(TestEscalation.Authorization(), TestEscalation.Authorization());
        Assert.Equal(TestEscalation.Authorization().GetHashCode(), TestEscalation.Authorization().GetHashCode());
        Assert.Equal(AuthorizationScope.ForAccounts([TestEscalation.OtherAccount, TestEscalation.Account]), AuthorizationScope.ForAccounts([TestEscalation.Account, TestEscalation.OtherAccount, TestEscalation.Account]));
        Assert.NotEqual(AuthorizationScope.ForAccounts([TestEscalation.Account]), AuthorizationScope.ForAccounts([TestEscalation.OtherAccount]));
    }

    [Fact]
    public void Missing_NamesTheAuthorizationAskedFor()
    {
        Assert.Equal("Written authorization AUTH-9 is not on record.", AuthorizationCheck.Missing(new AuthorizationId("AUTH-9")).Refusals[0].Explanation.English);
        Assert.False(AuthorizationCheck.Missing().IsValid);
    }
}
