using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>The policy explained in words.</summary>
public sealed partial class ContactPolicy
{
    /// <summary>The policy in plain words (English and Arabic), rule by rule, each citing its source — generated from the rules.</summary>
    /// <returns>The explanation.</returns>
    public PolicyExplanation Explain()
    {
        var header = ContactPolicyTexts.Format(
            ActsFor is null ? "explain.header" : "explain.header.agency",
            TextArgument.Of("policy", Version.PolicyId.Value),
            TextArgument.Of("creditor", Version.Creditor.Value),
            TextArgument.Of("acts_for", ActsFor?.Value ?? "-"),
            TextArgument.Of("version", Version.Version),
            TextArgument.Of("approved_by", Version.ApprovedBy),
            TextArgument.Of("approved_on", InvariantText.Date(Version.ApprovedOn)),
            TextArgument.Of("effective_from", InvariantText.Date(Version.EffectiveFrom)),
            TextArgument.Of("zone", CreditorTimeZone.Id));
        var title = Title ?? ContactPolicyTexts.Format("explain.title", TextArgument.Of("policy", Version.PolicyId.Value));
        return new PolicyExplanation(title, header, Rules.Select(r => new RuleExplanation(r.Id, r.Type, r.Describe(ActsFor is not null), r.Source)));
    }
}
