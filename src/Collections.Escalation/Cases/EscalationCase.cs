using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>One account's way along the legal track: the qualification it was opened on, and every step since; the stage, the authorization, the court reference and the costs follow from the steps.</summary>
/// <remarks>
/// Immutable: a case changes only by <see cref="EscalationStateMachine.Decide"/> returning a new one. Hosts that store
/// cases themselves rebuild them with <see cref="Restore"/>, which checks that the steps are a path of the transition
/// table (it cannot re-check authorizations: the audit log is the proof of those).
/// </remarks>
public sealed record EscalationCase
{
    private EscalationCase(EscalationCaseId id, QualificationResult qualification, ImmutableArray<EscalationStep> steps)
    {
        Id = id;
        Qualification = qualification;
        Steps = steps;
        AuthorizationId a = default;
        DocumentHash? sha = null;
        string? reference = null;
        var costs = Money.Zero(qualification.Evidence.Balance.Currency);
        var authorized = false;
        foreach (var step in steps)
        {
            if (step.Trigger == EscalationTrigger.Authorize)
            {
                a = step.AuthorizationId!.Value;
                sha = step.AuthorizationSha256;
                authorized = true;
            }
            else if (step.Trigger == EscalationTrigger.Suspend)
            {
                authorized = false;
            }
            else if (step.Trigger == EscalationTrigger.File)
            {
                reference = step.Reference;
            }

            if (step.Cost is { } cost)
            {
                costs += cost;
            }
        }

        AuthorizationId = authorized ? a : null;
        AuthorizationSha256 = authorized ? sha : null;
        CourtReference = reference;
        Costs = costs;
    }

    /// <summary>The case's identifier.</summary>
    public EscalationCaseId Id { get; }

    /// <summary>The qualification the case was opened on (with its evidence).</summary>
    public QualificationResult Qualification { get; }

    /// <summary>Every step, the opening first.</summary>
    public ImmutableArray<EscalationStep> Steps { get; }

    /// <summary>The evidence the case was opened on.</summary>
    public EscalationEvidence Evidence => Qualification.Evidence;

    /// <summary>The account.</summary>
    public EscalationAccount Account => Qualification.Evidence.Account;

    /// <summary>The currency of the debt (and of the costs).</summary>
    public Currency Currency => Qualification.Evidence.Balance.Currency;

    /// <summary>The current stage.</summary>
    public EscalationStage Stage => Steps[^1].To;

    /// <summary>The last step.</summary>
    public EscalationStep LastStep => Steps[^1];

    /// <summary>The number of steps; a store saves a case only over the version it was read at (optimistic concurrency).</summary>
    public int Version => Steps.Length;

    /// <summary>The date the case was opened (the evidence's as-of date).</summary>
    public NodaTime.LocalDate OpenedOn => Steps[0].On;

    /// <summary>The written authorization the case is authorized under, while it is (from authorizing until suspended).</summary>
    public AuthorizationId? AuthorizationId { get; }

    /// <summary>The SHA-256 of that authorization's signed document.</summary>
    public DocumentHash? AuthorizationSha256 { get; }

    /// <summary>The court's case reference, once filed.</summary>
    public string? CourtReference { get; }

    /// <summary>The costs of every step together, in the case's currency.</summary>
    public Money Costs { get; }

    /// <summary>Opens a case with its first step (made by <see cref="EscalationStateMachine.Open"/>).</summary>
    internal static EscalationCase Opened(EscalationCaseId id, QualificationResult qualification, EscalationStep step) => new(id, qualification, [step]);

    /// <summary>The case with one more step (made by <see cref="EscalationStateMachine.Decide"/>).</summary>
    internal EscalationCase With(EscalationStep step) => new(Id, Qualification, Steps.Add(step));

    /// <summary>Rebuilds a stored case, checking that its steps are a path of the transition table.</summary>
    /// <param name="id">The case's identifier.</param>
    /// <param name="qualification">The qualification it was opened on.</param>
    /// <param name="steps">Every step, in order.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The steps are not a path of the transition table, or lack what their transition records; every problem listed.</exception>
    public static EscalationCase Restore(EscalationCaseId id, QualificationResult qualification, IEnumerable<EscalationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToImmutableArray();
        var problems = new List<string>();
        if (id.Value is null)
        {
            problems.Add("id: is the default value");
        }

        if (!qualification.IsQualified)
        {
            problems.Add("qualification: the account did not qualify, so no case was opened on it");
        }

        if (list.IsEmpty)
        {
            problems.Add("steps: a case has at least its opening step");
        }

        EscalationStage? stage = null;
        for (var i = 0; i < list.Length; i++)
        {
            var step = list[i];
            var at = "steps[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (step is null)
            {
                problems.Add(at + ": is null");
                break;
            }

            if (step.Sequence != i + 1)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: has sequence {step.Sequence}, expected {i + 1}"));
            }

            if (step.From != stage || EscalationStateMachine.Find(step.Trigger, step.From) is not { } transition || transition.To != step.To)
            {
                problems.Add($"{at}: '{step.Trigger.Code}' from {step.From?.Code ?? "(start)"} to {step.To.Code} is not a transition of the table after {stage?.Code ?? "(start)"}");
            }

            if (i > 0 && (step.On < list[i - 1].On || step.At < list[i - 1].At))
            {
                problems.Add($"{at}: is dated or recorded before the step before it");
            }

            if (step.Cost is { } cost && cost.Currency != qualification.Evidence.Balance.Currency)
            {
                problems.Add($"{at}: its cost is in {cost.Currency.Code}, the case in {qualification.Evidence.Balance.Currency.Code}");
            }

            if (step.Trigger == EscalationTrigger.Authorize && (step.AuthorizationId is null || step.AuthorizationSha256 is null))
            {
                problems.Add($"{at}: an authorizing step records its authorization and that document's SHA-256");
            }

            if (step.Trigger == EscalationTrigger.File && (step.Document is null || string.IsNullOrWhiteSpace(step.Reference) || step.AuthorizationId is null))
            {
                problems.Add($"{at}: a filing step records its document, the court reference and the authorization it relied on");
            }

            stage = step.To;
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The stored escalation case cannot be restored: " + string.Join("; ", problems) + ".", nameof(steps));
        }

        return new EscalationCase(id, qualification, list);
    }
}
