using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A decision in one line of each language.</summary>
internal static class DecisionSummary
{
    public static BilingualText Of(ContactDecision decision)
    {
        if (decision.IsAllowed)
        {
            return ContactPolicyTexts.Format("summary.allowed", TextArgument.Of("policy", decision.PolicyVersion.ToString()));
        }

        var reasons = TextArgument.List("reasons", decision.Denials.Select(d => d.Code.Title).Distinct());
        var next = decision.NextAllowed switch
        {
            NextAllowedKind.Later => ContactPolicyTexts.Format("summary.next.later", TextArgument.Of("at", ContactPolicyTexts.Utc(decision.NextAllowedAt!.Value))),
            NextAllowedKind.WhenHoldLifted => ContactPolicyTexts.Get("summary.next.hold"),
            NextAllowedKind.Never => ContactPolicyTexts.Get("summary.next.never"),
            _ => ContactPolicyTexts.Format("summary.next.beyond", TextArgument.Of("days", ContactPolicyTexts.Count(ContactPolicy.SearchHorizonDays, "day"))),
        };
        return ContactPolicyTexts.Format(
            "summary.refused",
            reasons,
            TextArgument.Of("next", next),
            TextArgument.Of("policy", decision.PolicyVersion.ToString()));
    }
}
