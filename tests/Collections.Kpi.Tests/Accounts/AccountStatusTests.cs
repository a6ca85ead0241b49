namespace Collections.Kpi.Tests.Accounts;

public sealed class AccountStatusTests
{
    [Fact]
    public void TryTransition_AllowedMove_NewStatusAndTheEventThatAllowsIt()
    {
        var decision = AccountStatus.InContact.TryTransition(AccountStatus.Promised);

        Assert.True(decision.IsAllowed);
        Assert.Equal(AccountStatus.Promised, decision.Status);
        Assert.Equal("'In contact' → 'Promised to pay': promise to pay or payment plan recorded.", decision.Reason.English);
        Assert.Equal("من «تم التواصل» إلى «وعد بالسداد»: تسجيل وعد بالسداد أو خطة سداد.", decision.Reason.Arabic);
    }

    [Fact]
    public void TryTransition_BrokenPromise_BackToInContact()
    {
        var decision = AccountStatus.Promised.TryTransition(AccountStatus.InContact);

        Assert.True(decision.IsAllowed);
        Assert.Equal("'Promised to pay' → 'In contact': promise broken or plan defaulted.", decision.Reason.English);
    }

    [Fact]
    public void TryTransition_PaidAccountAskedToBePromised_RefusedWithTheAllowedStatuses()
    {
        var decision = AccountStatus.Paid.TryTransition(AccountStatus.Promised);

        Assert.False(decision.IsAllowed);
        Assert.Equal(AccountStatus.Paid, decision.Status);
        Assert.Equal(AccountStatus.Promised, decision.Requested);
        Assert.Equal("An account that is 'Paid in full' cannot become 'Promised to pay'; from 'Paid in full' it can become: In contact, Closed.", decision.Reason.English);
        Assert.Equal("لا يمكن أن ينتقل الحساب من «مسدَّد بالكامل» إلى «وعد بالسداد»؛ الحالات الممكنة بعد «مسدَّد بالكامل»: تم التواصل، مغلق.", decision.Reason.Arabic);
    }

    [Fact]
    public void TryTransition_ClosedAccount_FinalAndRefused()
    {
        var decision = AccountStatus.Closed.TryTransition(AccountStatus.Paying);

        Assert.False(decision.IsAllowed);
        Assert.True(AccountStatus.Closed.IsFinal);
        Assert.Empty(AccountStatus.Closed.AllowedNext);
        Assert.Equal("An account that is 'Closed' is final: it cannot become 'Paying'.", decision.Reason.English);
    }

    [Fact]
    public void TryTransition_SameStatus_AllowedAndUnchanged()
    {
        var decision = AccountStatus.Disputed.TryTransition(AccountStatus.Disputed);

        Assert.True(decision.IsAllowed);
        Assert.Equal(AccountStatus.Disputed, decision.Status);
        Assert.Equal("The account is already 'Disputed'; nothing changes.", decision.Reason.English);
    }

    [Fact]
    public void TryTransition_DisputeOutcomes_InContactOrClosed()
    {
        Assert.Equal("'Disputed' → 'In contact': dispute resolved for the creditor.", AccountStatus.Disputed.TryTransition(AccountStatus.InContact).Reason.English);
        Assert.Equal("'Disputed' → 'Closed': dispute upheld, debt cancelled.", AccountStatus.Disputed.TryTransition(AccountStatus.Closed).Reason.English);
        Assert.False(AccountStatus.Disputed.TryTransition(AccountStatus.Promised).IsAllowed);
    }

    [Fact]
    public void TryTransition_LegalHoldToPromised_Refused()
    {
        Assert.False(AccountStatus.LegalHold.TryTransition(AccountStatus.Promised).IsAllowed);
        Assert.Equal(
            [AccountStatus.InContact, AccountStatus.Paid, AccountStatus.Settled, AccountStatus.Recalled, AccountStatus.Closed],
            AccountStatus.LegalHold.AllowedNext);
    }

    [Fact]
    public void Statuses_PersistedCodesValuesAndTitles()
    {
        Assert.Equal(
            ["new", "in_contact", "promised", "paying", "paid", "settled", "disputed", "legal_hold", "recalled", "closed"],
            AccountStatus.All.Select(s => s.Code));
        Assert.Equal(Enumerable.Range(1, 10), AccountStatus.All.Select(s => s.Value));
        Assert.True(AccountStatus.TryFromCode("LEGAL_HOLD", out var hold));
        Assert.Equal("إيقاف قانوني", hold.Title.Arabic);
        Assert.Contains("معترض", AccountStatus.Disputed.Title.Arabic, StringComparison.Ordinal);
        Assert.False(AccountStatus.TryFromCode("open", out _));
    }
}
