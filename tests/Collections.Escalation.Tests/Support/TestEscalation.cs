using Collections.Core.Audit;

namespace Collections.Escalation.Tests.Support;

/// <summary>Named starting points for the examples (vary them with <c>with</c> or the optional arguments).</summary>
internal static class TestEscalation
{
    public static readonly CreditorId Acme = new("ACME");
    public static readonly CreditorId OtherCreditor = new("OTHER");
    public static readonly AccountId Account = new("ACC-1");
    public static readonly AccountId OtherAccount = new("ACC-2");
    public static readonly DebtorId Debtor = new("DEB-1");
    public static readonly PlacementId Placement = new("ACME-2026-Q1");
    public static readonly EscalationCaseId CaseId = new("ESC-1");
    public static readonly AuditActor Agent = new("user:agent-7");
    public static readonly AuditActor Lawyer = new("user:lawyer-2");
    public static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>2026-03-31, the as-of date of the examples.</summary>
    public static readonly LocalDate AsOf = new(2026, 3, 31);

    /// <summary>Noon in Riyadh on a date.</summary>
    public static Instant NoonInRiyadh(LocalDate date) => (date + new LocalTime(12, 0)).InZoneLeniently(Riyadh).ToInstant();

    public static Money Sar(decimal amount) => Money.Of(amount, Currency.SaudiRiyal);

    /// <summary>ACME's rules: more than 90 days past due, at least SAR 5,000, in the last 90 days 3 right-party contacts or 12 attempts on 2 channels; hold from filed.</summary>
    public static EscalationRulesBuilder RulesBuilder()
    {
        var builder = new EscalationRulesBuilder(Acme)
        {
            DaysPastDueAbove = 90,
            PeriodDays = 90,
            MinimumRightPartyContacts = 3,
            MinimumAttempts = 12,
            MinimumChannels = 2,
        };
        builder.MinimumBalances.Add(Sar(5_000m));
        return builder;
    }

    public static EscalationRules Rules(EscalationStage? legalHoldFrom = null)
    {
        var builder = RulesBuilder();
        builder.LegalHoldFrom = legalHoldFrom ?? EscalationStage.Filed;
        return builder.Build();
    }

    public static EscalationAccount AccountOf(AccountId? account = null, PlacementId? placement = null, CreditorId? creditor = null) =>
        new(account ?? Account, Debtor, creditor ?? Acme, placement ?? Placement);

    /// <summary>Evidence that qualifies under <see cref="Rules"/>: 145 days past due, SAR 12,500, 14 attempts on 3 channels with 1 right-party contact, 2 broken promises.</summary>
    public static EscalationEvidence Qualifying(
        int daysPastDue = 145,
        decimal balance = 12_500m,
        bool dispute = false,
        IEnumerable<ChannelActivity>? channels = null,
        PromiseSummary? promises = null,
        EscalationAccount? account = null,
        LocalDate? asOf = null,
        int periodDays = 90)
    {
        var date = asOf ?? AsOf;
        return new EscalationEvidence(
            account ?? AccountOf(),
            date,
            new DaysPastDue(daysPastDue),
            Sar(balance),
            dispute,
            new DateInterval(date.PlusDays(-(periodDays - 1)), date),
            channels ?? [new ChannelActivity(Channel.Call, 8, 1), new ChannelActivity(Channel.Sms, 4, 0), new ChannelActivity(Channel.Letter, 2, 0)],
            promises ?? new PromiseSummary(kept: 0, partiallyKept: 0, broken: 2, pending: 0));
    }

    /// <summary>Bytes standing for a signed document.</summary>
    public static byte[] Document(string name) => System.Text.Encoding.UTF8.GetBytes("signed document: " + name);

    public static DocumentHash HashOf(string name) => DocumentHash.Of(Document(name));

    /// <summary>ACME's authorization AUTH-1 for ACC-1 and ACC-3, signed 2026-04-01 by the Head of Collections, valid through 2026-12-31.</summary>
    public static WrittenAuthorizationBuilder AuthorizationBuilder(string id = "AUTH-1") => new()
    {
        Id = new AuthorizationId(id),
        Creditor = Acme,
        SignerName = "Synthetic Signer",
        SignerRole = "Head of Collections",
        SignedOn = new LocalDate(2026, 4, 1),
        ValidThrough = new LocalDate(2026, 12, 31),
        Scope = AuthorizationScope.ForAccounts([Account, new AccountId("ACC-3")]),
        DocumentSha256 = HashOf(id).Hex,
    };

    public static WrittenAuthorization Authorization(string id = "AUTH-1") => AuthorizationBuilder(id).Build();

    /// <summary>A case opened on the qualifying evidence, at noon in Riyadh on the as-of date.</summary>
    public static EscalationCase OpenCase(EscalationEvidence? evidence = null)
    {
        var e = evidence ?? Qualifying();
        var decision = EscalationStateMachine.Open(Rules(), CaseId, e, Agent, NoonInRiyadh(e.AsOf));
        Assert.True(decision.IsAllowed, string.Join("; ", decision.Refusals.Select(r => r.Explanation.English)));
        return decision.Case!;
    }

    /// <summary>Applies a command that must be allowed, at noon in Riyadh on its date.</summary>
    public static EscalationCase Apply(EscalationCase current, EscalationCommand command, WrittenAuthorization? authorization = null)
    {
        var decision = EscalationStateMachine.Decide(Rules(), current, command, authorization, NoonInRiyadh(command.On));
        Assert.True(decision.IsAllowed, string.Join("; ", decision.Refusals.Select(r => r.Explanation.English)));
        return decision.Case!;
    }

    /// <summary>A case authorized under AUTH-1 on 2026-04-02 (requested 2026-04-01).</summary>
    public static EscalationCase AuthorizedCase(WrittenAuthorization? authorization = null)
    {
        var auth = authorization ?? Authorization();
        var requested = Apply(OpenCase(), EscalationCommand.Request(new LocalDate(2026, 4, 1), Agent));
        return Apply(requested, EscalationCommand.Authorize(new LocalDate(2026, 4, 2), Agent, auth.Id), auth);
    }

    /// <summary>The filing of the examples: statement of claim, court reference, SAR 500 fee, on a date.</summary>
    public static EscalationCommand Filing(LocalDate on) =>
        EscalationCommand.File(on, Lawyer, HashOf("statement of claim"), "RYD-2026-001234", Sar(500m));
}
