using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>Whether a written authorization covers an account on a date, and if not, every reason why.</summary>
public sealed record AuthorizationCheck
{
    internal AuthorizationCheck(WrittenAuthorization? authorization, ImmutableArray<EscalationRefusal> refusals)
    {
        Authorization = authorization;
        Refusals = refusals;
    }

    /// <summary>The authorization checked, or null when none was on record.</summary>
    public WrittenAuthorization? Authorization { get; }

    /// <summary>Whether the authorization exists and covers the account on the date.</summary>
    public bool IsValid => Authorization is not null && Refusals.IsEmpty;

    /// <summary>Every reason it does not (missing, not yet signed, expired, revoked, another creditor's, outside its scope).</summary>
    public ImmutableArray<EscalationRefusal> Refusals { get; }

    /// <summary>The answer when no authorization is on record.</summary>
    /// <param name="id">The authorization asked for, if one was named.</param>
    /// <returns>A check refused with <see cref="EscalationRefusalCode.NoAuthorization"/>.</returns>
    public static AuthorizationCheck Missing(AuthorizationId? id = null) =>
        new(null, [new EscalationRefusal(
            EscalationRefusalCode.NoAuthorization,
            id is { } named
                ? EscalationTexts.Format("refusal.no_authorization.unknown", TextArgument.Of("authorization", named.Value))
                : EscalationTexts.Get("refusal.no_authorization.none"))]);
}
