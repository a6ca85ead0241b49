using System.Collections.Immutable;

namespace Collections.ContactPolicy;

/// <summary>Attempts that one policy and not the other refuses, by the refusing policy's reason codes.</summary>
/// <param name="Count">The attempts.</param>
/// <param name="ByCode">By reason code of the policy that refuses them, most frequent first, with examples.</param>
public sealed record ContactReplayDifference(int Count, ImmutableArray<ContactReplayCodeCount> ByCode);
