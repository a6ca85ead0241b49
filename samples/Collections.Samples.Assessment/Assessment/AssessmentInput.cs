using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Onboarding;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>What the assessment works from: the portfolio as read, the as-of date, and how the file was read.</summary>
public sealed record AssessmentInput(
    Portfolio Portfolio,
    LocalDate AsOf,
    string Creditor,
    InputFigure Input,
    IntakeQuality Quality,
    decimal? HighBalance = null,
    OnboardingOptions? Onboarding = null);

/// <summary>Intake's counts and rejected rows, as the data-quality section reports them.</summary>
public sealed record IntakeQuality(
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    int Warnings,
    IReadOnlyDictionary<string, int> Normalisations,
    IReadOnlyList<RowIssueFigure> RejectedRows,
    IReadOnlyList<RowIssueFigure> WarningRows);
