namespace Collections.ContactPolicy.Tests.Support;

/// <summary>Named starting points for requests and attempts (vary them with <c>with</c>).</summary>
internal static class TestRequests
{
    public static readonly AccountId Account = new("ACC-1");
    public static readonly AccountId OtherAccount = new("ACC-2");
    public static readonly DebtorId Debtor = new("DEB-1");
    public static readonly ContactPointId Mobile = new("CP-MOBILE");
    public static readonly ContactPointId Email = new("CP-EMAIL");

    /// <summary>A call to the debtor's mobile about ACC-1, at an instant, in the given zones (Asia/Riyadh by default).</summary>
    public static ContactRequest Call(Instant at, params DateTimeZone[] zones) =>
        new(Account, Debtor, Mobile, Channel.Call, at, zones.Length == 0 ? [Zones.Riyadh] : zones);

    public static ContactRequest On(Channel channel, Instant at, params DateTimeZone[] zones) =>
        Call(at, zones) with { Channel = channel, ContactPointId = channel == Channel.Email ? Email : Mobile };

    /// <summary>An attempt already made about ACC-1 to the mobile.</summary>
    public static PriorAttempt Attempt(Instant at, Channel? channel = null, AttemptOutcome? outcome = null) =>
        new(at, channel ?? Channel.Call, outcome ?? AttemptOutcome.NoAnswer, Account, Debtor, Mobile);

    public static ContactHistory History(params Instant[] calls) => ContactHistory.Of(calls.Select(c => Attempt(c)));
}
