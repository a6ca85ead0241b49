using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>What a written authorization covers: listed accounts, every account of one placement, or every account meeting stated criteria.</summary>
/// <remarks>An empty scope is refused: a list needs at least one account, criteria at least one criterion.</remarks>
public sealed record AuthorizationScope
{
    private AuthorizationScope(AuthorizationScopeKind kind, ImmutableArray<AccountId> accounts, PlacementId? placement, AuthorizationCriteria? criteria)
    {
        Kind = kind;
        Accounts = accounts;
        Placement = placement;
        Criteria = criteria;
    }

    /// <summary>Listed accounts, a placement, or criteria.</summary>
    public AuthorizationScopeKind Kind { get; }

    /// <summary>The accounts listed (ordered, distinct), for <see cref="AuthorizationScopeKind.Accounts"/>; empty otherwise.</summary>
    public ImmutableArray<AccountId> Accounts { get; }

    /// <summary>The placement, for <see cref="AuthorizationScopeKind.Placement"/>.</summary>
    public PlacementId? Placement { get; }

    /// <summary>The criteria, for <see cref="AuthorizationScopeKind.Criteria"/>.</summary>
    public AuthorizationCriteria? Criteria { get; }

    /// <summary>A scope of listed accounts.</summary>
    /// <param name="accounts">The accounts (at least one).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">The list is empty or holds a default identifier.</exception>
    public static AuthorizationScope ForAccounts(IEnumerable<AccountId> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var list = accounts.Distinct().Order().ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("An authorization scope of listed accounts needs at least one account (an empty scope authorizes nothing).", nameof(accounts));
        }

        if (list.Any(a => a.Value is null))
        {
            throw new ArgumentException("An authorization scope lists a default account identifier.", nameof(accounts));
        }

        return new AuthorizationScope(AuthorizationScopeKind.Accounts, list, null, null);
    }

    /// <summary>A scope of every account of one placement.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The placement is the default identifier.</exception>
    public static AuthorizationScope ForPlacement(PlacementId placement)
    {
        if (placement.Value is null)
        {
            throw new ArgumentException("An authorization scope of a placement needs the placement's identifier.", nameof(placement));
        }

        return new AuthorizationScope(AuthorizationScopeKind.Placement, [], placement, null);
    }

    /// <summary>A scope of every account of the creditor meeting criteria.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException">The criteria are null.</exception>
    public static AuthorizationScope ForCriteria(AuthorizationCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return new AuthorizationScope(AuthorizationScopeKind.Criteria, [], null, criteria);
    }

    /// <summary>Whether the scope covers an account, read on its evidence.</summary>
    /// <param name="evidence">The account's evidence (its identifiers, placement, days past due and balance).</param>
    /// <returns><see langword="true"/> when covered.</returns>
    /// <exception cref="ArgumentNullException">The evidence is null.</exception>
    public bool Covers(EscalationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (Kind == AuthorizationScopeKind.Accounts)
        {
            return Accounts.BinarySearch(evidence.Account.AccountId) >= 0;
        }

        return Kind == AuthorizationScopeKind.Placement
            ? evidence.Account.Placement == Placement
            : Criteria!.Covers(evidence);
    }

    /// <summary>Whether two scopes cover the same: same kind and the same accounts, placement or criteria (the account lists compared item by item).</summary>
    /// <param name="other">The other scope.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AuthorizationScope? other) =>
        other is not null && Kind == other.Kind && Accounts.SequenceEqual(other.Accounts) && Placement == other.Placement && Criteria == other.Criteria;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        foreach (var account in Accounts)
        {
            hash.Add(account);
        }

        hash.Add(Placement);
        hash.Add(Criteria);
        return hash.ToHashCode();
    }

    /// <summary>The scope in words, for example "the listed accounts: ACC-1, ACC-2".</summary>
    public BilingualText Description =>
        Kind == AuthorizationScopeKind.Accounts
            ? EscalationTexts.Format("scope.accounts", TextArgument.Of("accounts", string.Join(", ", Accounts.Select(a => a.Value))))
            : Kind == AuthorizationScopeKind.Placement
                ? EscalationTexts.Format("scope.placement", TextArgument.Of("placement", Placement!.Value.Value))
                : EscalationTexts.Format("scope.criteria", TextArgument.Of("criteria", Criteria!.Description));
}
