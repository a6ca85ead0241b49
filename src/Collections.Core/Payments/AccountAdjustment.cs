using NodaTime;

namespace Collections.Core;

/// <summary>A reduction of what an account owes that is not money received: a credit note, a write-off or a waiver.</summary>
/// <remarks>Adjustments lower balances but are never collections: they earn no fee, keep no promise and are not counted as amounts collected (docs/kpi-definitions.md, conventions).</remarks>
public sealed record AccountAdjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="id">The adjustment's identifier.</param>
    /// <param name="accountId">The account adjusted.</param>
    /// <param name="kind">Credit note, write-off or waiver.</param>
    /// <param name="amount">The reduction; greater than zero.</param>
    /// <param name="effectiveOn">The date it takes effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    public AccountAdjustment(AdjustmentId id, AccountId accountId, AdjustmentKind kind, Money amount, LocalDate effectiveOn)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (amount.MinorUnits <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Adjustment {id}: the amount must be greater than zero.");
        }

        Id = id;
        AccountId = accountId;
        Kind = kind;
        Amount = amount;
        EffectiveOn = effectiveOn;
    }

    /// <summary>The adjustment's identifier.</summary>
    public AdjustmentId Id { get; }

    /// <summary>The account adjusted.</summary>
    public AccountId AccountId { get; }

    /// <summary>Credit note, write-off or waiver.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>The reduction (greater than zero).</summary>
    public Money Amount { get; }

    /// <summary>The date it takes effect.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>The host's reference, when given.</summary>
    public string? Reference { get; init; }
}
