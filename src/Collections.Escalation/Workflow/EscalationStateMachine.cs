using System.Collections.Immutable;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Escalation;

/// <summary>The legal track as an explicit state machine: the transition table, and the pure functions that open and move a case, checking every guard.</summary>
/// <remarks>
/// <para>The track: qualified → requested → authorized → filed → judgment → enforcement → closed (a case can also close
/// from judgment); withdrawn and recalled from any open stage; an authorized case not yet filed whose authorization no
/// longer holds is suspended back to requested until a new one is recorded. Closed, withdrawn and recalled are final.
/// Every transition is a row of <see cref="Transitions"/>, the only place they are listed (the rule book
/// docs/rules/escalation-workflow.md and <see cref="ToMermaid"/> are generated from it).</para>
/// <para>Pure: no clock, no storage. A refused step is an answer (<see cref="EscalationDecision.Refusals"/>), with every
/// reason at once. <see cref="EscalationWorkflow"/> loads, calls these, stores, audits and places or lifts the legal hold.</para>
/// <para>Filing needs the case's written authorization to hold on the filing date (re-checked, not remembered from
/// authorizing): an authorization expired or revoked since stops the filing.</para>
/// </remarks>
public static partial class EscalationStateMachine
{
    private static readonly ImmutableArray<EscalationGuard> Dated = [EscalationGuard.Dated];

    /// <summary>Every transition of the legal track, in the order of the track.</summary>
    public static ImmutableArray<EscalationTransition> Transitions { get; } = BuildTable();

    /// <summary>The triggers permitted from a stage (none from a final stage).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The triggers, in the order of the table.</returns>
    public static IReadOnlyList<EscalationTrigger> PermittedTriggers(EscalationStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return [.. Transitions.Where(t => t.From == stage).Select(t => t.Trigger)];
    }

    /// <summary>Opens a case for an account whose evidence meets the creditor's qualification rules.</summary>
    /// <param name="rules">The creditor's rules.</param>
    /// <param name="id">The new case's identifier.</param>
    /// <param name="evidence">The account's evidence; the opening step is dated on its as-of date.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="at">When (from the clock); the as-of date must not be after this instant's date in the creditor's time zone.</param>
    /// <returns>The decision: the case in <see cref="EscalationStage.Qualified"/>, or refused with every unmet rule.</returns>
    /// <exception cref="ArgumentNullException">The rules or the evidence are null.</exception>
    /// <exception cref="ArgumentException">The identifier or actor is the default value, or the evidence is another creditor's or counted over another period (<see cref="EscalationRules.Qualify"/>).</exception>
    public static EscalationDecision Open(EscalationRules rules, EscalationCaseId id, EscalationEvidence evidence, AuditActor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(evidence);
        if (id.Value is null)
        {
            throw new ArgumentException("A case needs an identifier.", nameof(id));
        }

        if (actor.Value is null)
        {
            throw new ArgumentException("Opening a case needs the actor who opens it.", nameof(actor));
        }

        var qualification = rules.Qualify(evidence);
        var refusals = qualification.Unmet
            .Select(check => new EscalationRefusal(EscalationRefusalCode.NotQualified, check.Explanation))
            .ToList();
        var today = at.InZone(rules.TimeZone).Date;
        if (evidence.AsOf > today)
        {
            refusals.Add(DateInFuture(evidence.AsOf, today, rules));
        }

        if (refusals.Count > 0)
        {
            return new EscalationDecision(EscalationTrigger.Open, null, EscalationStage.Qualified, [.. refusals], null, null, null);
        }

        var step = new EscalationStep(1, EscalationTrigger.Open, null, EscalationStage.Qualified, evidence.AsOf, at, actor);
        return new EscalationDecision(EscalationTrigger.Open, null, EscalationStage.Qualified, [], EscalationCase.Opened(id, qualification, step), step, null);
    }

    /// <summary>Decides a command on a case: checks the transition and every guard, and returns the moved case or every reason it cannot move.</summary>
    /// <param name="rules">The creditor's rules (its time zone decides "today").</param>
    /// <param name="current">The case as stored.</param>
    /// <param name="command">What is asked.</param>
    /// <param name="authorization">
    /// The written authorization the step relies on, as on record: for <see cref="EscalationTrigger.Authorize"/> the one the
    /// command names, for <see cref="EscalationTrigger.File"/> and <see cref="EscalationTrigger.Suspend"/> the case's; null when none is
    /// on record. Ignored by the other triggers.
    /// </param>
    /// <param name="at">When (from the clock): the step's recorded instant; its date in the creditor's time zone is "today".</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">The rules, the case or the command are null.</exception>
    /// <exception cref="ArgumentException">The rules are another creditor's.</exception>
    public static EscalationDecision Decide(EscalationRules rules, EscalationCase current, EscalationCommand command, WrittenAuthorization? authorization, Instant at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(command);
        if (rules.Creditor != current.Account.Creditor)
        {
            throw new ArgumentException($"Case '{current.Id}' is about a debt of creditor '{current.Account.Creditor}'; these are the rules of '{rules.Creditor}'.", nameof(rules));
        }

        var from = current.Stage;
        if (from.IsFinal)
        {
            return EscalationDecision.Refused(command.Trigger, from, null, current, new EscalationRefusal(
                EscalationRefusalCode.CaseFinal,
                EscalationTexts.Format("refusal.case_final", TextArgument.Of("case", current.Id.Value), TextArgument.Of("stage", from.Title))));
        }

        if (Find(command.Trigger, from) is not { } transition)
        {
            return EscalationDecision.Refused(command.Trigger, from, null, current, new EscalationRefusal(
                EscalationRefusalCode.NotPermittedFromStage,
                EscalationTexts.Format(
                    "refusal.not_permitted_from_stage",
                    TextArgument.Of("trigger", command.Trigger.Title),
                    TextArgument.Of("stage", from.Title),
                    TextArgument.List("permitted", PermittedTriggers(from).Select(t => t.Title)))));
        }

        var refusals = new List<EscalationRefusal>();
        CheckDate(rules, current, command, at, refusals);
        if (command.Cost is { } cost && cost.Currency != current.Currency)
        {
            refusals.Add(Refusal(EscalationRefusalCode.CostCurrencyMismatch, TextArgument.Of("cost_currency", cost.Currency.Code), TextArgument.Of("currency", current.Currency.Code)));
        }

        AuthorizationCheck? check = null;
        foreach (var guard in transition.Guards)
        {
            if (guard == EscalationGuard.Document && command.Document is not { Hex: not null })
            {
                refusals.Add(Refusal(EscalationRefusalCode.DocumentRequired, TextArgument.Of("trigger", command.Trigger.Title), TextArgument.Of("document", EscalationTexts.Get("document." + command.Trigger.Code))));
            }
            else if (guard == EscalationGuard.Reference && string.IsNullOrWhiteSpace(command.Reference))
            {
                refusals.Add(Refusal(EscalationRefusalCode.ReferenceRequired, TextArgument.Of("trigger", command.Trigger.Title)));
            }
            else if (guard == EscalationGuard.Reason && string.IsNullOrWhiteSpace(command.Reason))
            {
                refusals.Add(Refusal(EscalationRefusalCode.ReasonRequired, TextArgument.Of("trigger", command.Trigger.Title)));
            }
            else if (guard == EscalationGuard.ValidAuthorization)
            {
                check = CheckAuthorization(current, command, authorization);
                refusals.AddRange(check.Refusals);
            }
            else if (guard == EscalationGuard.AuthorizationLost)
            {
                check = CheckAuthorization(current, command, authorization);
                if (check.IsValid)
                {
                    refusals.Add(Refusal(EscalationRefusalCode.AuthorizationStillValid, TextArgument.Of("authorization", check.Authorization!.Id.Value), TextArgument.Of("on", InvariantText.Date(command.On))));
                }
            }
        }

        if (refusals.Count > 0)
        {
            return new EscalationDecision(command.Trigger, from, transition.To, [.. refusals], current, null, check);
        }

        var relied = command.Trigger == EscalationTrigger.Authorize || command.Trigger == EscalationTrigger.File ? check?.Authorization : null;
        var step = new EscalationStep(current.Version + 1, command.Trigger, from, transition.To, command.On, at, command.Actor)
        {
            Document = command.Document is { Hex: not null } document ? document : null,
            Reference = string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim(),
            Cost = command.Cost,
            Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
            AuthorizationId = relied?.Id,
            AuthorizationSha256 = relied?.DocumentSha256,
        };
        return new EscalationDecision(command.Trigger, from, transition.To, [], current.With(step), step, check);
    }

    /// <summary>The transition of a trigger from a stage (null: the start), if the table has one.</summary>
    internal static EscalationTransition? Find(EscalationTrigger trigger, EscalationStage? from) =>
        Transitions.FirstOrDefault(t => t.Trigger == trigger && t.From == from);

    private static void CheckDate(EscalationRules rules, EscalationCase current, EscalationCommand command, Instant at, List<EscalationRefusal> refusals)
    {
        var previous = current.LastStep.On;
        if (command.On < previous)
        {
            refusals.Add(Refusal(
                EscalationRefusalCode.DateBeforePreviousStep,
                TextArgument.Of("on", InvariantText.Date(command.On)),
                TextArgument.Of("previous", InvariantText.Date(previous))));
        }

        var today = at.InZone(rules.TimeZone).Date;
        if (command.On > today)
        {
            refusals.Add(DateInFuture(command.On, today, rules));
        }
    }

    private static EscalationRefusal DateInFuture(LocalDate on, LocalDate today, EscalationRules rules) =>
        Refusal(
            EscalationRefusalCode.DateInFuture,
            TextArgument.Of("on", InvariantText.Date(on)),
            TextArgument.Of("today", InvariantText.Date(today)),
            TextArgument.Of("zone", rules.TimeZone.Id));

    /// <summary>The authorization a step relies on, checked for the case's account on the step's date.</summary>
    private static AuthorizationCheck CheckAuthorization(EscalationCase current, EscalationCommand command, WrittenAuthorization? authorization)
    {
        // Authorizing records the authorization the command names; filing and suspending use the case's own.
        var expected = command.Trigger == EscalationTrigger.Authorize ? command.AuthorizationId : current.AuthorizationId;
        if (expected is not { Value: not null } id)
        {
            return AuthorizationCheck.Missing();
        }

        if (authorization is null)
        {
            return AuthorizationCheck.Missing(id);
        }

        var named = command.AuthorizationId ?? id;
        if (authorization.Id != id || named != id
            || (command.Trigger != EscalationTrigger.Authorize && current.AuthorizationSha256 != authorization.DocumentSha256))
        {
            return new AuthorizationCheck(authorization, [Refusal(
                EscalationRefusalCode.AuthorizationMismatch,
                TextArgument.Of("expected", id.Value),
                TextArgument.Of("authorization", (authorization.Id != id ? authorization.Id : named).Value))]);
        }

        return authorization.Check(current.Evidence, command.On);
    }

    private static EscalationRefusal Refusal(EscalationRefusalCode code, params TextArgument[] arguments) =>
        new(code, EscalationTexts.Format("refusal." + code.Code, arguments));

    private static ImmutableArray<EscalationTransition> BuildTable()
    {
        ImmutableArray<EscalationGuard> Guards(params EscalationGuard[] guards) => [.. guards, EscalationGuard.Dated];
        var table = new List<EscalationTransition>
        {
            new(EscalationTrigger.Open, null, EscalationStage.Qualified, Guards(EscalationGuard.Qualified)),
            new(EscalationTrigger.Request, EscalationStage.Qualified, EscalationStage.Requested, Dated),
            new(EscalationTrigger.Authorize, EscalationStage.Requested, EscalationStage.Authorized, Guards(EscalationGuard.ValidAuthorization)),
            new(EscalationTrigger.Suspend, EscalationStage.Authorized, EscalationStage.Requested, Guards(EscalationGuard.AuthorizationLost, EscalationGuard.Reason)),
            new(EscalationTrigger.File, EscalationStage.Authorized, EscalationStage.Filed, Guards(EscalationGuard.ValidAuthorization, EscalationGuard.Document, EscalationGuard.Reference)),
            new(EscalationTrigger.RecordJudgment, EscalationStage.Filed, EscalationStage.Judgment, Guards(EscalationGuard.Document)),
            new(EscalationTrigger.Enforce, EscalationStage.Judgment, EscalationStage.Enforcement, Guards(EscalationGuard.Document)),
            new(EscalationTrigger.Close, EscalationStage.Judgment, EscalationStage.Closed, Guards(EscalationGuard.Reason)),
            new(EscalationTrigger.Close, EscalationStage.Enforcement, EscalationStage.Closed, Guards(EscalationGuard.Reason)),
        };
        foreach (var stage in EscalationStage.OpenStages)
        {
            table.Add(new(EscalationTrigger.Withdraw, stage, EscalationStage.Withdrawn, Guards(EscalationGuard.Reason)));
        }

        foreach (var stage in EscalationStage.OpenStages)
        {
            table.Add(new(EscalationTrigger.Recall, stage, EscalationStage.Recalled, Guards(EscalationGuard.Reason)));
        }

        return [.. table];
    }
}
