namespace Collections.Samples.Assessment.Figures;

/// <summary>The figures.json document: the assessment pack's machine-readable contract (docs/figures-json.md).</summary>
public sealed record AssessmentFigures
{
    public const string SchemaId = "collections-core/assessment-figures/1";

    public string Schema { get; init; } = SchemaId;

    public required string AsOf { get; init; }

    public required string Language { get; init; }

    /// <summary>For snapshot files, the period aged (the latest ending on or before <see cref="AsOf"/>); null for ledgers, aged on the as-of date.</summary>
    public string? AgedPeriod { get; init; }

    public required InputFigure Input { get; init; }

    public required PortfolioFigure Portfolio { get; init; }

    /// <summary>Aging in the portfolio's main currency: exactly one entry per bucket label, in order.</summary>
    public required IReadOnlyList<AgingBucketFigure> Aging { get; init; }

    /// <summary>Aging in every currency (the same as <see cref="Aging"/> for a one-currency portfolio).</summary>
    public required IReadOnlyList<CurrencyAgingFigure> AgingByCurrency { get; init; }

    public required CreditBalancesFigure CreditBalances { get; init; }

    public required ReceivablesBaselineFigure ReceivablesBaseline { get; init; }

    /// <summary>Roll-rate matrices between consecutive snapshots or month ends, oldest first; empty without history.</summary>
    public required IReadOnlyList<RollRateFigure> RollRates { get; init; }

    public required IReadOnlyList<CureRateFigure> CureRates { get; init; }

    /// <summary>Rebuilt month ends for ledgers with settlement dates (DSO, CEI); empty otherwise.</summary>
    public required IReadOnlyList<MonthEndFigure> LedgerHistory { get; init; }

    public required IReadOnlyList<SegmentFigure> Segments { get; init; }

    public required IReadOnlyList<KpiFigure> Kpis { get; init; }

    public required DataQualityFigure DataQuality { get; init; }

    /// <summary>The 14-day onboarding roadmap (roadmap.html).</summary>
    public required RoadmapFigure Roadmap { get; init; }

    /// <summary>The fee proposal for the phone and legal tracks (fee-proposal.html).</summary>
    public required FeeProposalFigure FeeProposal { get; init; }

    /// <summary>The bilingual mutual NDA template (nda.html).</summary>
    public required NdaFigure Nda { get; init; }
}
