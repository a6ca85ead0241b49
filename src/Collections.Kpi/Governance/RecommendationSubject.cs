using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>What a recommendation is about: a segment, channel, agent or template by its label, or a list of accounts.</summary>
/// <param name="Kind">Segment, channel, agent, template or accounts.</param>
/// <param name="Label">The host's segment id, the channel's code, the agent's or template's id; for accounts, their count in words is in the recommendation's text and this is <c>accounts</c>.</param>
/// <param name="Accounts">The accounts, ordered by id (ordinal), for <see cref="RecommendationSubjectKind.Accounts"/>; empty otherwise.</param>
public sealed record RecommendationSubject(RecommendationSubjectKind Kind, string Label, ImmutableArray<AccountId> Accounts);
