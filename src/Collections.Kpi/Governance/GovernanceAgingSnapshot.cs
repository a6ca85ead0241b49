using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi.Governance;

/// <summary>The aging of the creditor's receivables at a period end: a line per bucket (reusing Aging's buckets).</summary>
/// <remarks>Read from the host's <see cref="Collections.Aging.AgingReport"/> as of the period's last day, in the report's
/// currency; credit balances are left apart, as the aging report keeps them.</remarks>
/// <param name="AsOf">The period's last day.</param>
/// <param name="Lines">One line per bucket, in bucket order (empty buckets included).</param>
public sealed record GovernanceAgingSnapshot(LocalDate AsOf, ImmutableArray<GovernanceAgingLine> Lines)
{
    /// <summary>Accounts over every bucket (an account with debt in two buckets counts in each).</summary>
    public int Accounts => Lines.Sum(l => l.Accounts);

    /// <summary>The debt over every bucket.</summary>
    /// <exception cref="InvalidOperationException">There are no lines.</exception>
    public Money Balance => Lines.IsDefaultOrEmpty
        ? throw new InvalidOperationException("An aging snapshot without lines has no currency.")
        : Lines.Skip(1).Aggregate(Lines[0].Balance, (sum, l) => sum + l.Balance);
}
