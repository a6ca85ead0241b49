using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core;

/// <summary>A person or business that owes money on one or more accounts.</summary>
public sealed record Debtor
{
    /// <summary>Creates a debtor.</summary>
    /// <param name="id">The debtor's identifier.</param>
    public Debtor(DebtorId id) => Id = id;

    /// <summary>The debtor's identifier.</summary>
    public DebtorId Id { get; }

    /// <summary>The debtor's name as given by the creditor, when known.</summary>
    public string? Name { get; init; }

    /// <summary>The debtor's time zone when stored; it wins over zones derived from address or phone (docs/kpi-definitions.md).</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>The debtor's contact points, valid and invalid.</summary>
    public ImmutableArray<ContactPoint> ContactPoints { get; init; } = [];
}
