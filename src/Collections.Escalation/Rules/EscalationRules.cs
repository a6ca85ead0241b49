using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>One creditor's escalation rules: when an account qualifies, the creditor's time zone (its business day), and from which stage contact about the debt is held.</summary>
/// <remarks>Built with <see cref="EscalationRulesBuilder"/> (every violation listed at once) or read from JSON with <see cref="EscalationRulesJson"/>.</remarks>
public sealed record EscalationRules
{
    internal EscalationRules(CreditorId creditor, DateTimeZone timeZone, QualificationRules qualification, EscalationStage legalHoldFrom)
    {
        Creditor = creditor;
        TimeZone = timeZone;
        Qualification = qualification;
        LegalHoldFrom = legalHoldFrom;
    }

    /// <summary>The creditor the rules are for.</summary>
    public CreditorId Creditor { get; }

    /// <summary>The creditor's time zone: "today" for a step's date is the creditor's local day (BRIEF: Asia/Riyadh by default).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>When an account qualifies.</summary>
    public QualificationRules Qualification { get; }

    /// <summary>The open stage from which the creditor's legal hold applies (contact about the debt stops) until the case is final or falls back before it; <see cref="EscalationStage.Filed"/> by default.</summary>
    public EscalationStage LegalHoldFrom { get; }

    /// <summary>Whether contact about the debt is held while a case is at a stage.</summary>
    /// <param name="stage">The case's stage.</param>
    /// <returns><see langword="true"/> for open stages at or after <see cref="LegalHoldFrom"/>.</returns>
    public bool HoldsContactAt(EscalationStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.IsAtOrAfter(LegalHoldFrom);
    }

    /// <summary>Applies the qualification rules to an account's evidence.</summary>
    /// <param name="evidence">The evidence, counted over <see cref="QualificationRules.PeriodFor"/> its as-of date.</param>
    /// <returns>Qualified or not, every rule with its answer in words.</returns>
    /// <exception cref="ArgumentNullException">The evidence is null.</exception>
    /// <exception cref="ArgumentException">The evidence is about another creditor's account, or was counted over another period than the rules name.</exception>
    public QualificationResult Qualify(EscalationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Account.Creditor != Creditor)
        {
            throw new ArgumentException(
                $"The evidence is about an account of creditor '{evidence.Account.Creditor}', but these are the escalation rules of '{Creditor}'.", nameof(evidence));
        }

        var period = Qualification.PeriodFor(evidence.AsOf);
        if (evidence.Period != period)
        {
            throw new ArgumentException(
                $"The evidence was counted from {InvariantText.Date(evidence.Period.Start)} to {InvariantText.Date(evidence.Period.End)}, but creditor '{Creditor}' counts the last {InvariantText.Number(Qualification.PeriodDays)} days: from {InvariantText.Date(period.Start)} to {InvariantText.Date(period.End)} (QualificationRules.PeriodFor).",
                nameof(evidence));
        }

        return Qualification.Check(evidence);
    }
}
