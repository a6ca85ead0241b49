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
            TextArgument.Same("policy", Version.PolicyId.Value),
            TextArgument.Same("creditor", Version.Creditor.Value),
            TextArgument.Same("acts_for", ActsFor?.Value ?? "-"),
            TextArgument.Same("version", Version.Version),
            TextArgument.Same("approved_by", Version.ApprovedBy),
            TextArgument.Same("approved_on", ContactPolicyTexts.Date(Version.ApprovedOn)),
            TextArgument.Same("effective_from", ContactPolicyTexts.Date(Version.EffectiveFrom)),
            TextArgument.Same("zone", CreditorTimeZone.Id));
        var title = Title ?? ContactPolicyTexts.Format("explain.title", TextArgument.Same("policy", Version.PolicyId.Value));
        return new PolicyExplanation(title, header, Rules.Select(r => new RuleExplanation(r.Id, r.Type, r.Describe(ActsFor is not null), r.Source)));
    }
}
