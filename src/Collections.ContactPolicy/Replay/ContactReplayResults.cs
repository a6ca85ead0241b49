using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Settings of a replay: how many examples to keep per reason, and where to report progress.</summary>
public sealed record ContactReplayOptions
{
    /// <summary>Examples kept per reason code (0 to 100; default 3): the first ones in time.</summary>
    public int ExamplesPerCode
    {
        get;
        init => field = value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Examples per code must be 0 to 100.");
    } = 3;

    /// <summary>Receives progress about every 1 % of the attempts (from the replaying thread).</summary>
    public IProgress<ContactReplayProgress>? Progress { get; init; }
}

/// <summary>How far a replay has got.</summary>
/// <param name="Done">Attempts decided.</param>
/// <param name="Total">Attempts to decide.</param>
public readonly record struct ContactReplayProgress(int Done, int Total);

/// <summary>One replayed attempt: its place in time order, the attempt, and what the policy says of it.</summary>
/// <param name="Index">Its position in time order, from 0.</param>
/// <param name="Attempt">The attempt.</param>
/// <param name="Verdict">Allowed or not, the reason codes, when next allowed.</param>
public sealed record ContactReplayDecision(int Index, HistoricalAttempt Attempt, ContactVerdict Verdict);

/// <summary>An example of a refusal: the attempt and the policy's reason, with its rule, source and explanation in English and Arabic.</summary>
/// <param name="Attempt">The attempt.</param>
/// <param name="Denial">The reason.</param>
public sealed record ContactReplayExample(HistoricalAttempt Attempt, ContactDenial Denial);

/// <summary>How many attempts one reason code refused, with the first few as examples.</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Count">Attempts it refused (an attempt refused for several reasons counts under each).</param>
/// <param name="Examples">The first examples in time.</param>
public sealed record ContactReplayCodeCount(ContactRuleCode Code, int Count, ImmutableArray<ContactReplayExample> Examples);

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

/// <summary>Attempts that one policy and not the other refuses, by the refusing policy's reason codes.</summary>
/// <param name="Count">The attempts.</param>
/// <param name="ByCode">By reason code of the policy that refuses them, most frequent first, with examples.</param>
public sealed record ContactReplayDifference(int Count, ImmutableArray<ContactReplayCodeCount> ByCode);

/// <summary>How often a reason code refuses under the current and under the proposed policy.</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Current">Attempts it refuses under the current policy.</param>
/// <param name="Proposed">Attempts it refuses under the proposed policy.</param>
public sealed record ContactReplayCodeChange(ContactRuleCode Code, int Current, int Proposed);

/// <summary>A current and a proposed policy replayed over the same history: what a compliance officer reads before approving the change.</summary>
/// <param name="Current">The current policy's replay.</param>
/// <param name="Proposed">The proposed policy's replay.</param>
/// <param name="NewlyRefused">Attempts the current policy allows and the proposed one refuses (with the proposed policy's reasons).</param>
/// <param name="NewlyAllowed">Attempts the current policy refuses and the proposed one allows (with the current policy's reasons).</param>
/// <param name="CodeChanges">Every reason code refusing under either policy, with both counts.</param>
public sealed record ContactPolicyComparison(
    ContactReplayReport Current,
    ContactReplayReport Proposed,
    ContactReplayDifference NewlyRefused,
    ContactReplayDifference NewlyAllowed,
    ImmutableArray<ContactReplayCodeChange> CodeChanges);
