using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>A legal-track account reached a stage on a date: what a stage fee is charged for, once per placement.</summary>
/// <remarks>The host reports these from its escalation workflow (Collections.Fees does not depend on it: stage codes are data). Counted in the statement whose period holds <see cref="ReachedOn"/>.</remarks>
public sealed record LegalStageReached
{
    /// <summary>Creates the event.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="stage">The stage reached, for example <c>filed</c>.</param>
    /// <param name="reachedOn">The day it was reached.</param>
    /// <exception cref="ArgumentException">The account or stage is the default value.</exception>
    public LegalStageReached(AccountId accountId, LegalStageCode stage, LocalDate reachedOn)
    {
        if (accountId.Value is null || stage.Value is null)
        {
            throw new ArgumentException("A stage event needs its account and stage (not the default values).", accountId.Value is null ? nameof(accountId) : nameof(stage));
        }

        AccountId = accountId;
        Stage = stage;
        ReachedOn = reachedOn;
    }

    /// <summary>The account.</summary>
    public AccountId AccountId { get; }

    /// <summary>The stage reached.</summary>
    public LegalStageCode Stage { get; }

    /// <summary>The day it was reached.</summary>
    public LocalDate ReachedOn { get; }
}
