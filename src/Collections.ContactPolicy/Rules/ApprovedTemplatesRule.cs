using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Approved templates only, per channel, language and stage, with the required fields present and in the primary language (unless the recipient asked for another).</summary>
/// <remarks>
/// For SAMA 2025 (art. 5): the creditor's name and collection department, or for an agency the creditor it acts for;
/// a contact number; working hours; the employee's name on calls; Arabic as the primary language except with
/// non-Arabic speakers. For Regulation F: e-mails and texts carry an opt-out notice. A request with no template on a
/// channel this rule covers is refused.
/// </remarks>
public sealed record ApprovedTemplatesRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "approved_templates";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels that need an approved template.</param>
    /// <param name="templates">The approved templates.</param>
    /// <param name="requiredFields">The fields templates must contain, per channel.</param>
    /// <param name="primaryLanguage">The language templates must be in unless the recipient asked for another (BCP 47), or null.</param>
    public ApprovedTemplatesRule(
        RuleId id, RuleSource source, ChannelSet channels, IEnumerable<ApprovedTemplate> templates, IEnumerable<RequiredField> requiredFields, string? primaryLanguage)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(requiredFields);
        Templates = [.. templates];
        RequiredFields = [.. requiredFields];
        PrimaryLanguage = primaryLanguage is null ? null : LanguageTag.Normalise(primaryLanguage, nameof(primaryLanguage));
    }

    /// <summary>The approved templates.</summary>
    public ImmutableArray<ApprovedTemplate> Templates { get; }

    /// <summary>The fields templates must contain, per channel.</summary>
    public ImmutableArray<RequiredField> RequiredFields { get; }

    /// <summary>The primary language, or null.</summary>
    public string? PrimaryLanguage { get; }

    /// <summary>Whether templates must be on the approved list (default); when false only the required fields and language are checked.</summary>
    public bool RequiresApproval { get; init; } = true;

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <summary>The approval that covers a template used for a request (channel, language, stage), if any.</summary>
    internal ApprovedTemplate? Approval(ContactRequest request, MessageTemplate template)
    {
        if (template.Channel != request.Channel)
        {
            return null;
        }

        foreach (var approval in Templates)
        {
            if (approval.Id == template.Id && approval.Channel == request.Channel
                && string.Equals(approval.Language, template.Language, StringComparison.Ordinal)
                && (approval.Stages.IsEmpty || (request.Stage is { } stage && approval.Stages.Contains(stage))))
            {
                return approval;
            }
        }

        return null;
    }

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var request = evaluation.Request;
        var template = request.Template;
        if (template is null)
        {
            return RuleAnswer.Never(request.TemplateId is null ? ContactRuleCode.TemplateRequired : ContactRuleCode.TemplateNotApproved);
        }

        if (RequiresApproval && Approval(request, template) is null)
        {
            return RuleAnswer.Never(ContactRuleCode.TemplateNotApproved);
        }

        if (PrimaryLanguage is not null && !string.Equals(template.Language, PrimaryLanguage, StringComparison.Ordinal)
            && !string.Equals(template.Language, request.RecipientLanguage, StringComparison.Ordinal))
        {
            return RuleAnswer.Never(ContactRuleCode.TemplateLanguageNotAllowed);
        }

        return HasRequiredFields(evaluation.Policy, request, template)
            ? RuleAnswer.Allowed(candidate)
            : RuleAnswer.Never(ContactRuleCode.TemplateFieldsMissing);
    }

    /// <summary>Whether the template has every field required on the request's channel (a loop: no allocation per decision).</summary>
    private bool HasRequiredFields(ContactPolicy policy, ContactRequest request, MessageTemplate template)
    {
        foreach (var required in RequiredFields)
        {
            if (required.Channels.Contains(request.Channel)
                && (!ReferenceEquals(required.Field, TemplateField.ActingForCreditor) || policy.ActsFor is not null)
                && !template.Fields.Contains(required.Field))
            {
                return false;
            }
        }

        return true;
    }

    internal IEnumerable<TemplateField> MissingFields(ContactPolicy policy, ContactRequest request, MessageTemplate template) =>
        RequiredFields
            .Where(r => r.Channels.Contains(request.Channel) && (r.Field != TemplateField.ActingForCreditor || policy.ActsFor is not null))
            .Select(r => r.Field)
            .Distinct()
            .Where(f => !template.Fields.Contains(f));

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone)
    {
        var request = evaluation.Request;
        var template = request.Template;
        var templateName = template?.Id.Value ?? request.TemplateId?.Value ?? "-";
        if (answer.Code == ContactRuleCode.TemplateFieldsMissing)
        {
            return ContactPolicyTexts.Format(
                "denial.template_fields_missing",
                TextArgument.Of("template", templateName),
                TextArgument.List("fields", MissingFields(evaluation.Policy, request, template!).Select(f => f.Title)));
        }

        return ContactPolicyTexts.Format(
            "denial." + answer.Code!.Code,
            TextArgument.Of("template", templateName),
            TextArgument.Of("channel", request.Channel.Title),
            TextArgument.Of("language", template?.Language ?? "-"),
            TextArgument.Of("primary", PrimaryLanguage ?? "-"),
            TextArgument.Of("stage", request.Stage?.Value ?? "-"));
    }

    internal override BilingualText Describe(bool forAgency)
    {
        var fields = RequiredFields
            .Where(r => r.Field != TemplateField.ActingForCreditor || forAgency)
            .Select(r => ContactPolicyTexts.Format(
                "rule.approved_templates.field",
                TextArgument.Of("field", r.Field.Title),
                TextArgument.Of("channels", ContactPolicyTexts.Channels(r.Channels))));
        return ContactPolicyTexts.Format(
            (RequiresApproval ? "rule.approved_templates" : "rule.required_fields") + (PrimaryLanguage is null ? string.Empty : ".language"),
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.Of("count", ContactPolicyTexts.Count(Templates.Length, "template")),
            TextArgument.List("fields", fields),
            TextArgument.Of("language", PrimaryLanguage ?? "-"));
    }

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }

        for (var i = 0; i < Templates.Length; i++)
        {
            if (!Channels.Contains(Templates[i].Channel))
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"templates[{i}].channel"), $"template '{Templates[i].Id}' is approved for {Templates[i].Channel.Code}, a channel this rule does not cover");
            }
        }

        foreach (var duplicate in Templates.GroupBy(t => (t.Id, t.Channel, t.Language)).Where(g => g.Count() > 1))
        {
            yield return ("templates", $"template '{duplicate.Key.Id}' is approved twice for {duplicate.Key.Channel.Code} in '{duplicate.Key.Language}'");
        }

        for (var i = 0; i < RequiredFields.Length; i++)
        {
            if (RequiredFields[i].Field is null)
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"requiredFields[{i}].field"), "a field is needed");
            }
        }
    }
}
