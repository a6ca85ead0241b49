using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>What rules read while deciding one request: the request, the policy, and the history with each attempt's scope flags.</summary>
/// <remarks>A ref struct over spans, so that a decision reads history without copying or allocating.</remarks>
internal readonly ref struct Evaluation
{
    public const byte SameDebt = 1;
    public const byte SameDebtor = 2;
    public const byte SameContactPoint = 4;

    public Evaluation(ContactPolicy policy, ContactRequest request, ReadOnlySpan<PriorAttempt> history, ReadOnlySpan<byte> scopes)
    {
        Policy = policy;
        Request = request;
        History = history;
        Scopes = scopes;
    }

    public ContactPolicy Policy { get; }

    public ContactRequest Request { get; }

    public ReadOnlySpan<PriorAttempt> History { get; }

    public ReadOnlySpan<byte> Scopes { get; }

    public static byte ScopeFlag(CapScope scope) =>
        scope == CapScope.Debt ? SameDebt : scope == CapScope.Debtor ? SameDebtor : SameContactPoint;

    /// <summary>Computes each attempt's scope flags relative to the request into <paramref name="scopes"/>.</summary>
    public static void FillScopes(ContactRequest request, ReadOnlySpan<PriorAttempt> history, Span<byte> scopes)
    {
        for (var i = 0; i < history.Length; i++)
        {
            ref readonly var attempt = ref history[i];
            byte flags = 0;
            if (attempt.AccountId == request.AccountId)
            {
                flags |= SameDebt;
            }

            if (attempt.DebtorId == request.DebtorId)
            {
                flags |= SameDebtor;
            }

            if (attempt.ContactPointId == request.ContactPointId)
            {
                flags |= SameContactPoint;
            }

            scopes[i] = flags;
        }
    }

    public bool Counts(int index, byte scopeFlag, ChannelSet channels) =>
        (Scopes[index] & scopeFlag) != 0 && channels.Contains(History[index].Channel);
}
