using System.Collections.Immutable;

namespace Collections.ContactPolicy;

/// <summary>How many attempts one reason code refused, with the first few as examples.</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Count">Attempts it refused (an attempt refused for several reasons counts under each).</param>
/// <param name="Examples">The first examples in time.</param>
public sealed record ContactReplayCodeCount(ContactRuleCode Code, int Count, ImmutableArray<ContactReplayExample> Examples);
