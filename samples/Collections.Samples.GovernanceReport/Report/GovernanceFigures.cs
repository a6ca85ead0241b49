namespace Collections.Samples.GovernanceReport.Report;

// governance-report.json: the figures both HTML pages are rendered from. Names are snake_case in the file; amounts are
// decimals in the report's currency; KPI values are in the KPI's unit (25 for 25%), null for n/a (a zero denominator),
// with the numerator and denominator as counted. Texts are given in English and Arabic.

/// <summary>A text in both languages.</summary>
internal sealed record Bilingual(string En, string Ar);

/// <summary>The whole report.</summary>
internal sealed record GovernanceFigures(
    Bilingual Title,
    CreditorFigure Creditor,
    string PeriodKind,
    string Start,
    string End,
    string Currency,
    string FirstDayOfWeek,
    string CreditorZone,
    ProvenanceFigure Provenance,
    SourceFigure Source,
    BaselineFigure? Baseline,
    PreviousQuarterFigure PreviousQuarter,
    IReadOnlyList<PeriodFigure> Periods,
    IReadOnlyList<KpiRowFigure> Kpis,
    IReadOnlyList<AgingPeriodFigure> Aging,
    HeatMapFigure RollRates,
    IReadOnlyList<SegmentRollFigure> Segments,
    IReadOnlyList<ChannelFigure> Channels,
    PromiseKeptFigure PromiseKept,
    IReadOnlyList<RecommendationFigure> Recommendations);

/// <summary>The creditor: its id and name.</summary>
internal sealed record CreditorFigure(string Id, Bilingual Name);

/// <summary>Where the report came from: the SHA-256 of the canonical input, the audit head it was computed at, and the
/// issuance appended to the audit trail after it.</summary>
internal sealed record ProvenanceFigure(string InputSha256, int CanonicalFormVersion, long AuditCountAtComputation, string AuditHashAtComputation, long AuditCountAfterIssuance, string AuditHashAfterIssuance, string AuditStore);

/// <summary>The generated data behind the report (synthetic; the creditor's attempts, promises and payments over both
/// generated quarters) and the inputs file.</summary>
internal sealed record SourceFigure(string Generator, int Seed, int AccountsGenerated, int CreditorAccounts, int Attempts, int Promises, int Payments, string Inputs);

/// <summary>The previous quarter's report, built the same way from the generated data: what the roll-rate rule compares
/// each segment with.</summary>
internal sealed record PreviousQuarterFigure(string Start, string End, string InputSha256);

/// <summary>The baseline's label and period.</summary>
internal sealed record BaselineFigure(string Label, string? Start, string? End);

/// <summary>A period of the report.</summary>
internal sealed record PeriodFigure(string Label, string Start, string End);

/// <summary>One KPI across the periods, with its catalog title, unit, direction, baseline and target.</summary>
internal sealed record KpiRowFigure(string Id, Bilingual Title, string Unit, Bilingual UnitTitle, string Direction, decimal? Baseline, decimal? Target, IReadOnlyList<KpiCellFigure> Periods);

/// <summary>A KPI in one period: value (null = n/a), numerator and denominator, change against the baseline, status against the target.</summary>
internal sealed record KpiCellFigure(string Period, decimal? Value, decimal Numerator, decimal Denominator, decimal? ChangeFromBaseline, string Trend, string Status);

/// <summary>The aging at a period's end.</summary>
internal sealed record AgingPeriodFigure(string Period, string AsOf, IReadOnlyList<AgingLineFigure> Buckets);

/// <summary>One bucket of an aging.</summary>
internal sealed record AgingLineFigure(string Bucket, int Accounts, decimal Balance);

/// <summary>The roll-rate heat map pooled over the periods: from-state rows, to-state columns.</summary>
internal sealed record HeatMapFigure(IReadOnlyList<string> States, IReadOnlyList<HeatCellFigure> Cells);

/// <summary>One cell: accounts moving from a state to another, their start balance, the share of the row (count and balance).</summary>
internal sealed record HeatCellFigure(string From, string To, long Accounts, decimal Balance, decimal? Share, decimal? BalanceShare);

/// <summary>A segment's forward roll per period, pooled over the quarter, and pooled over the previous quarter.</summary>
internal sealed record SegmentRollFigure(string Segment, Bilingual Name, IReadOnlyList<RollValueFigure> Periods, RollValueFigure Pooled, RollValueFigure Previous);

/// <summary>A forward roll: accounts at risk (in a bucket that can roll), accounts rolled, the rate in percent (null = n/a).</summary>
internal sealed record RollValueFigure(string Period, long AccountsAtRisk, long AccountsRolled, decimal? Rate, decimal BalanceAtRisk, decimal BalanceRolled);

/// <summary>A channel pooled over the periods.</summary>
internal sealed record ChannelFigure(string Channel, Bilingual Name, long Attempts, long RightPartyContacts, decimal? RightPartyContactRate, long ProductiveContacts, decimal? ProductiveContactRate, decimal? UnitCost, decimal? Cost, decimal? CostPerProductiveContact);

/// <summary>Promises kept by agent and by template, pooled over the periods, with the pool.</summary>
internal sealed record PromiseKeptFigure(PromiseKeptLineFigure Pool, IReadOnlyList<PromiseKeptLineFigure> ByAgent, IReadOnlyList<PromiseKeptLineFigure> ByTemplate);

/// <summary>Promises falling due and kept (count and amount) for an agent, a template, or the pool.</summary>
internal sealed record PromiseKeptLineFigure(string Code, Bilingual Name, long PromisesDue, long PromisesKept, decimal? KeptRate, decimal AmountPromised, decimal AmountKept, decimal? KeptAmountRate);

/// <summary>A recommendation for next quarter with its evidence, expected effect and how it was estimated; for a subject
/// of accounts (escalation) their ids.</summary>
internal sealed record RecommendationFigure(string RuleId, string Kind, Bilingual KindTitle, string SubjectKind, string Subject, Bilingual SubjectName, int SubjectAccounts, IReadOnlyList<string> AccountIds, IReadOnlyList<EvidenceFigure> Evidence, EffectFigure Effect, Bilingual Text, Bilingual Estimate);

/// <summary>One evidence figure.</summary>
internal sealed record EvidenceFigure(string Code, Bilingual Title, string? Kpi, decimal? Value, decimal? Numerator, decimal? Denominator);

/// <summary>The expected effect in numbers.</summary>
internal sealed record EffectFigure(string Code, Bilingual Title, decimal Count, decimal? Amount);
