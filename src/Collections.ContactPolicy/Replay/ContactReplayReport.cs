using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>What a policy would have said of a recorded history: how many attempts it would have refused, by reason, with examples.</summary>
public sealed record ContactReplayReport
{
    internal ContactReplayReport(ContactPolicy policy, ImmutableArray<ContactReplayDecision> decisions, ImmutableArray<ContactReplayCodeCount> byCode)
    {
        Policy = policy.Version;
        PolicySha256 = policy.Sha256;
        Decisions = decisions;
        ByCode = byCode;
        Allowed = decisions.Count(d => d.Verdict.IsAllowed);
    }

    /// <summary>The policy version replayed.</summary>
    public PolicyVersion Policy { get; }

    /// <summary>The SHA-256 of the policy's canonical JSON.</summary>
    public string PolicySha256 { get; }

    /// <summary>Every attempt in time order with its verdict.</summary>
    public ImmutableArray<ContactReplayDecision> Decisions { get; }

    /// <summary>The number of attempts replayed.</summary>
    public int Attempts => Decisions.Length;

    /// <summary>The attempts the policy allows.</summary>
    public int Allowed { get; }

    /// <summary>The attempts the policy refuses.</summary>
    public int Refused => Attempts - Allowed;

    /// <summary>Refused attempts over all attempts (n/a for an empty history).</summary>
    public Rate RefusedRate => new(Refused, Attempts);

    /// <summary>The first attempt's instant, if any.</summary>
    public Instant? First => Decisions.IsEmpty ? null : Decisions[0].Attempt.Request.At;

    /// <summary>The last attempt's instant, if any.</summary>
    public Instant? Last => Decisions.IsEmpty ? null : Decisions[^1].Attempt.Request.At;

    /// <summary>Refusals by reason code, most frequent first.</summary>
    public ImmutableArray<ContactReplayCodeCount> ByCode { get; }
}
