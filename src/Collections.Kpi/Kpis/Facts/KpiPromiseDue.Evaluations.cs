using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>From promise evaluations to the facts the PTP kept rates count.</summary>
public readonly partial record struct KpiPromiseDue
{
    /// <summary>The fact of a whole promise falling due on its last due date, or <see langword="null"/> while it is pending.</summary>
    /// <param name="evaluation">The promise evaluated on an as-of date (<see cref="PromiseEvaluator"/>).</param>
    /// <param name="codebook">The codes of the computation: the promise's account must have an index; its agent and template
    /// (when given) must have codes.</param>
    /// <param name="key">The account's breakdown codes when the promise was made.</param>
    /// <returns>One fact: promised = <see cref="PromiseEvaluation.Promised"/>, paid = <see cref="PromiseEvaluation.AmountKept"/>
    /// (Σ min(paid, promised) over the installments), due on <see cref="PromiseEvaluation.DueOn"/>, with the origin's channel,
    /// agent and template; <see langword="null"/> when the evaluation is <see cref="PromiseStatus.Pending"/>.</returns>
    /// <remarks>
    /// <para>The fact classifies exactly as <see cref="PromiseEvaluation.Status"/>: paid = promised only when every
    /// installment was kept, 0 when nothing counted, partially kept otherwise. <see cref="PromiseEvaluation.PaidWithinGrace"/>
    /// is not used: it includes payments beyond the promise, so an installment promise with a missed installment could
    /// reach the promised amount and count as kept.</para>
    /// <para>A pending promise is not yet a promise that fell due (docs/kpi-definitions.md: promises <i>falling due</i> in the
    /// period, kept = paid by the due date + grace days): it gives no fact, rather than a broken or partially kept one.
    /// Evaluate on an as-of date on or after the period's last day + grace days so that every promise falling due in the
    /// period is decided; a promise kept early is decided at once and counts in the period of its due date.</para>
    /// <para>Amounts are minor units of the promise's currency: add the fact to an accumulator of that currency.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The codebook has no index for the account or no code for the agent or template; the message names it.</exception>
    public static KpiPromiseDue? FromPromise(PromiseEvaluation evaluation, KpiCodebook codebook, KpiKey key = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(codebook);
        var codes = Codes.Look(evaluation, codebook);
        return evaluation.Status.IsDecided
            ? Fact(evaluation, codes, key, evaluation.DueOn, evaluation.Promised, evaluation.AmountKept)
            : null;
    }

    /// <summary>The facts of a promise's installments falling due, one per decided installment.</summary>
    /// <param name="evaluation">The promise evaluated on an as-of date (<see cref="PromiseEvaluator"/>).</param>
    /// <param name="codebook">The codes of the computation: the promise's account must have an index; its agent and template
    /// (when given) must have codes.</param>
    /// <param name="key">The account's breakdown codes when the promise was made.</param>
    /// <returns>One fact per installment that is not pending, in installment order: promised = the installment's amount,
    /// paid = its <see cref="InstallmentEvaluation.PaidWithinGrace"/> (never more than promised), due on its due date. A
    /// promise of one amount gives the same single fact as <see cref="FromPromise"/>.</returns>
    /// <remarks>
    /// <para>For PTP kept rates that count installments falling due in the period (each month's rate then counts that
    /// month's installments, however long the promise runs). A pending installment gives no fact (see
    /// <see cref="FromPromise"/>); evaluate again once its grace days have ended.</para>
    /// <para>Amounts are minor units of the promise's currency: add the facts to an accumulator of that currency.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The codebook has no index for the account or no code for the agent or template; the message names it.</exception>
    public static ImmutableArray<KpiPromiseDue> FromInstallments(PromiseEvaluation evaluation, KpiCodebook codebook, KpiKey key = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(codebook);
        var codes = Codes.Look(evaluation, codebook);
        var facts = ImmutableArray.CreateBuilder<KpiPromiseDue>(evaluation.Installments.Length);
        foreach (var installment in evaluation.Installments)
        {
            if (installment.Status.IsDecided)
            {
                facts.Add(Fact(evaluation, codes, key, installment.DueOn, installment.Promised, installment.PaidWithinGrace));
            }
        }

        return facts.ToImmutable();
    }

    private static KpiPromiseDue Fact(PromiseEvaluation evaluation, Codes codes, KpiKey key, NodaTime.LocalDate dueOn, Money promised, Money paid) =>
        new(codes.Account, evaluation.Promise.CreatedOn, dueOn, promised.MinorUnits, paid.MinorUnits)
        {
            Key = key,
            Channel = evaluation.Origin.Channel,
            Agent = codes.Agent,
            Template = codes.Template,
        };

    private readonly record struct Codes(int Account, ushort Agent, ushort Template)
    {
        public static Codes Look(PromiseEvaluation evaluation, KpiCodebook codebook)
        {
            var promise = evaluation.Promise;
            if (!codebook.TryGetAccount(promise.AccountId, out var account))
            {
                throw new ArgumentException($"Promise {promise.Id}: account {promise.AccountId} has no index in the codebook; give it one with KpiCodebookBuilder.Account.", nameof(codebook));
            }

            return new Codes(account, Code(codebook, KpiDimension.Agent, promise.Origin.Agent, promise), Code(codebook, KpiDimension.Template, promise.Origin.Template, promise));
        }

        private static ushort Code(KpiCodebook codebook, KpiDimension dimension, string? label, PromiseToPay promise)
        {
            if (label is null)
            {
                return 0;
            }

            return codebook.TryGetCode(dimension, label, out var code)
                ? code
                : throw new ArgumentException($"Promise {promise.Id}: {dimension.Code} '{label}' has no code in the codebook; give it one with KpiCodebookBuilder.Code.", nameof(codebook));
        }
    }
}
