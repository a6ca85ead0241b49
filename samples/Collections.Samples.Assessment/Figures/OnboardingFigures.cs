namespace Collections.Samples.Assessment.Figures;

/// <summary>The 14-day onboarding roadmap: dated tasks from the day after the as-of date, on working days (Sunday to Thursday).</summary>
/// <param name="Start">The first calendar day of the 14 (the day after <c>as_of</c>).</param>
/// <param name="End">The fourteenth day.</param>
/// <param name="WorkingDays">The working week the tasks are dated on (<c>sunday-thursday</c>: the Saudi weekend is Friday and Saturday).</param>
/// <param name="Tasks">The tasks, by due date.</param>
public sealed record RoadmapFigure(string Start, string End, string WorkingDays, IReadOnlyList<RoadmapTaskFigure> Tasks);

/// <summary>One task of the roadmap: what, by whom, from when to when, and the measurable exit that closes it.</summary>
/// <param name="Id">The task's code, for example <c>data_handover</c> or <c>contact_wave</c>.</param>
/// <param name="Day">The due date's day number in the 14 (1 = the day after <c>as_of</c>).</param>
/// <param name="Starts">The first day of work (ISO).</param>
/// <param name="Due">The due date (ISO).</param>
/// <param name="Title">The task in the run's language.</param>
/// <param name="Owner">The owner's role.</param>
/// <param name="Exit">The measurable exit.</param>
/// <param name="Segments">The segment ids the task is about (contact waves, tracing, disputes, escalation review).</param>
/// <param name="Accounts">The accounts the task is about, when it is about some.</param>
public sealed record RoadmapTaskFigure(string Id, int Day, string Starts, string Due, string Title, string Owner, string Exit, IReadOnlyList<string> Segments, int? Accounts);

/// <summary>A fee proposal for the phone (amicable) and legal tracks, from Collections.Fees over the assessed segments.</summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="Schedules">The schedules applied.</param>
/// <param name="Lines">One line per segment part priced (a segment's accounts at one tier).</param>
/// <param name="Tracks">Totals per track.</param>
/// <param name="Total">Totals over both tracks.</param>
/// <param name="NotPriced">Segments left out, with the reason.</param>
/// <param name="Assumptions">Every assumption, in the run's language.</param>
public sealed record FeeProposalFigure(
    string Currency,
    IReadOnlyList<FeeScheduleFigure> Schedules,
    IReadOnlyList<FeeProposalLineFigure> Lines,
    IReadOnlyList<FeeProposalTotalFigure> Tracks,
    FeeProposalTotalFigure Total,
    IReadOnlyList<NotPricedFigure> NotPriced,
    IReadOnlyList<string> Assumptions);

/// <summary>A fee schedule as proposed: tiers, stage fees and terms (amounts in major units).</summary>
public sealed record FeeScheduleFigure(
    string Id,
    string Track,
    IReadOnlyList<FeeTierFigure> Tiers,
    IReadOnlyList<StageFeeFigure> StageFees,
    decimal? MinimumPerPayment,
    decimal? CapPerPayment,
    decimal? MinimumPerStatement,
    decimal? CapPerStatement,
    decimal VatPercent,
    bool DirectPaymentsEarn);

/// <summary>A tier: days past due at placement (both ends included, null for open), placed balance (from, below), percentage.</summary>
public sealed record FeeTierFigure(string Code, int? MinDays, int? MaxDays, decimal? MinBalance, decimal? BelowBalance, decimal Percent);

/// <summary>A fixed fee for a legal stage.</summary>
public sealed record StageFeeFigure(string Stage, decimal Fee);

/// <summary>One priced segment part: its accounts and balance, the stated assumptions and the projected fees.</summary>
public sealed record FeeProposalLineFigure(
    string Segment,
    string Title,
    string Track,
    int Accounts,
    decimal Balance,
    int AgeAtPlacement,
    decimal ExpectedRecoveryPercent,
    decimal ProjectedCollections,
    string Tier,
    decimal Percent,
    decimal PercentageFee,
    decimal StageFees,
    decimal Fees);

/// <summary>Totals for a track (or both, <c>track</c> null).</summary>
public sealed record FeeProposalTotalFigure(string? Track, int Accounts, decimal Balance, decimal ProjectedCollections, decimal Fees, decimal Vat, decimal Total, RateFigure FeesShareOfCollections);

/// <summary>A segment the proposal does not price, and why.</summary>
public sealed record NotPricedFigure(string Segment, string Title, int Accounts, decimal Balance, string Reason);

/// <summary>The mutual NDA template, in Arabic and English, filled with the parties' details.</summary>
/// <param name="Status">Always <c>template</c>: for counsel to review before use.</param>
/// <param name="Date">The date written on it (the as-of date, ISO).</param>
/// <param name="HijriDate">The same date in the Umm al-Qura calendar.</param>
/// <param name="Creditor">The disclosing and receiving party that owns the portfolio.</param>
/// <param name="Collector">The collection agency.</param>
/// <param name="Clauses">The clauses in order, each in both languages.</param>
public sealed record NdaFigure(string Status, string Date, string HijriDate, NdaPartyFigure Creditor, NdaPartyFigure Collector, IReadOnlyList<NdaClauseFigure> Clauses);

/// <summary>A party: its name and address as given to the sample (placeholders in brackets when not given).</summary>
public sealed record NdaPartyFigure(string Name, string Address, bool NameGiven, bool AddressGiven);

/// <summary>One clause in both languages.</summary>
public sealed record NdaClauseFigure(string Id, string TitleEn, string TitleAr, string TextEn, string TextAr);
