using System.Globalization;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One account's standing at the end of the report's span, as the host supplies it for the escalation rule:
/// days past due, balance, attempts and kept promises in the span, and whether a dispute is open.</summary>
/// <remarks>The governance report counts nothing from these: they are carried as given (and hashed into the report's
/// provenance) for <see cref="RecommendationKind.EscalationReady"/>.</remarks>
/// <param name="Account">The account.</param>
/// <param name="Creditor">The creditor (must be the report's).</param>
/// <param name="DaysPastDue">Days past due at the end of the span.</param>
/// <param name="Balance">The balance owed at the end of the span (report's currency). Zero or negative is accepted: a
/// negative balance is a credit balance (the account overpaid; docs/kpi-definitions.md: overpayments become unapplied credit),
/// which is legitimate and carried as given; <see cref="RecommendationKind.EscalationReady"/> only considers a positive
/// balance, so such an account is never proposed for escalation.</param>
/// <param name="Attempts">Attempts in the span (zero or more).</param>
/// <param name="PromisesKept">Promises kept in the span (zero or more).</param>
public sealed record GovernanceAccountActivity(AccountId Account, CreditorId Creditor, DaysPastDue DaysPastDue, Money Balance, int Attempts, int PromisesKept)
{
    /// <summary>Whether the account has an open dispute (a dispute freezes contact and keeps the account off the legal track).</summary>
    public bool HasOpenDispute { get; init; }

    /// <summary>The activity in the invariant culture.</summary>
    /// <returns>For example <c>ACC-7: 120 DPD, 5000.00 SAR, 8 attempts, 0 kept</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Account}: {DaysPastDue.Value} DPD, {Balance}, {Attempts} attempts, {PromisesKept} kept{(HasOpenDispute ? ", disputed" : string.Empty)}");
}
