using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Who may be contacted: the listed roles (debtor, guarantors, authorised representatives), and third parties never or only with a template approved for them that does not reveal the debt.</summary>
/// <remarks>A third party may be contacted (when allowed at all) only with a template that an
/// <see cref="ApprovedTemplatesRule"/> of the same policy approves for third parties and whose text does not reveal the
/// debt (<see cref="MessageTemplate.RevealsDebt"/> false).</remarks>
public sealed record RecipientRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "recipients";

    private readonly int _allowedMask;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="allowed">The roles that may be contacted (not third parties: see <paramref name="thirdParties"/>).</param>
    /// <param name="thirdParties">Whether third parties may be contacted, and how.</param>
    public RecipientRule(RuleId id, RuleSource source, IEnumerable<ContactPointRole> allowed, ThirdPartyContact thirdParties)
        : base(id, source, ChannelSet.All)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        Allowed = [.. allowed.Distinct().OrderBy(r => r.Value)];
        ThirdParties = thirdParties;
        _allowedMask = Allowed.Aggregate(0, (mask, role) => mask | Bit(role));
    }

    /// <summary>The roles that may be contacted.</summary>
    public ImmutableArray<ContactPointRole> Allowed { get; }

    /// <summary>Whether third parties may be contacted, and how.</summary>
    public ThirdPartyContact ThirdParties { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var request = evaluation.Request;
        if (!ReferenceEquals(request.Recipient, ContactPointRole.ThirdParty))
        {
            return (_allowedMask & Bit(request.Recipient)) != 0 ? RuleAnswer.Allowed(candidate) : RuleAnswer.Never(ContactRuleCode.RecipientNotAllowed);
        }

        if (ThirdParties == ThirdPartyContact.Never)
        {
            return RuleAnswer.Never(ContactRuleCode.RecipientNotAllowed);
        }

        return ApprovedForThirdParties(evaluation.Policy, request) ? RuleAnswer.Allowed(candidate) : RuleAnswer.Never(ContactRuleCode.ThirdPartyTemplateRequired);
    }

    // A separate method, so that the usual path (the debtor) does not pay for the lambda's closure.
    private static bool ApprovedForThirdParties(ContactPolicy policy, ContactRequest request) =>
        request.Template is { RevealsDebt: false } template
        && policy.Rules.OfType<ApprovedTemplatesRule>().Any(r => r.Approval(request, template) is { ForThirdParties: true });

    private static int Bit(ContactPointRole role) => 1 << (role.Value & 31);

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone) =>
        ContactPolicyTexts.Format(
            answer.Code == ContactRuleCode.ThirdPartyTemplateRequired ? "denial.third_party_template_required" : "denial.recipient_not_allowed",
            TextArgument.Of("role", evaluation.Request.Recipient.Title),
            TextArgument.List("allowed", Allowed.Select(r => r.Title)));

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            ThirdParties == ThirdPartyContact.Never ? "rule.recipients.no_third_parties" : "rule.recipients.third_party_template",
            TextArgument.List("allowed", Allowed.Select(r => r.Title)));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Allowed.Contains(ContactPointRole.ThirdParty))
        {
            yield return ("allowed", "third_party is not a listed role: say how third parties may be contacted with 'thirdParties'");
        }

        if (!Allowed.Contains(ContactPointRole.Debtor))
        {
            yield return ("allowed", "the debtor must be allowed (to stop all contact, use do_not_contact)");
        }
    }
}
