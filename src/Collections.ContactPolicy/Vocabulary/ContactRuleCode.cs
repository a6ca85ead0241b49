using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Why an attempt is refused: the reason code of a <see cref="ContactDenial"/>; codes and values are persisted and never renumbered.</summary>
/// <remarks>Each code has an English and Arabic title (<see cref="Title"/>) from the package's texts.json; the denial adds the rule, its source and the detail.</remarks>
public sealed class ContactRuleCode : SmartEnum<ContactRuleCode>
{
    /// <summary>The request's instant is before the policy version's effective date.</summary>
    public static readonly ContactRuleCode PolicyNotInForce = new("policy_not_in_force", 1);

    /// <summary>The channel is not one the policy allows.</summary>
    public static readonly ContactRuleCode ChannelNotAllowed = new("channel_not_allowed", 2);

    /// <summary>Outside the contact windows (hours) for the channel and day in the debtor's local time.</summary>
    public static readonly ContactRuleCode OutsideContactWindow = new("outside_contact_window", 3);

    /// <summary>The debtor's local day is a weekly rest day (weekend).</summary>
    public static readonly ContactRuleCode WeeklyRestDay = new("weekly_rest_day", 4);

    /// <summary>The debtor's local day is a public holiday or a creditor's day off.</summary>
    public static readonly ContactRuleCode PublicHoliday = new("public_holiday", 5);

    /// <summary>A rolling frequency cap (at most N attempts in D days) is reached.</summary>
    public static readonly ContactRuleCode FrequencyCapReached = new("frequency_cap_reached", 6);

    /// <summary>The per-day maximum of attempts is reached for the debtor's local day.</summary>
    public static readonly ContactRuleCode DailyLimitReached = new("daily_limit_reached", 7);

    /// <summary>Too soon after a right-party conversation about the debt.</summary>
    public static readonly ContactRuleCode WaitingAfterConversation = new("waiting_after_conversation", 8);

    /// <summary>Too soon after the previous attempt (minimum gap).</summary>
    public static readonly ContactRuleCode MinimumGap = new("minimum_gap", 9);

    /// <summary>The recipient opted out of this channel.</summary>
    public static readonly ContactRuleCode OptedOut = new("opted_out", 10);

    /// <summary>The debtor is on the do-not-contact list.</summary>
    public static readonly ContactRuleCode DoNotContact = new("do_not_contact", 11);

    /// <summary>The debtor asked that communication cease.</summary>
    public static readonly ContactRuleCode CeaseCommunication = new("cease_communication", 12);

    /// <summary>An open dispute (objection) about the debt freezes reminders.</summary>
    public static readonly ContactRuleCode DisputeOpen = new("dispute_open", 13);

    /// <summary>A legal hold on the debt freezes reminders.</summary>
    public static readonly ContactRuleCode LegalHold = new("legal_hold", 14);

    /// <summary>The recipient's role (for example a third party) may not be contacted under the policy.</summary>
    public static readonly ContactRuleCode RecipientNotAllowed = new("recipient_not_allowed", 15);

    /// <summary>A third party may be contacted only with a template approved for third parties that does not reveal the debt.</summary>
    public static readonly ContactRuleCode ThirdPartyTemplateRequired = new("third_party_template_required", 16);

    /// <summary>The channel needs an approved template and none was given.</summary>
    public static readonly ContactRuleCode TemplateRequired = new("template_required", 17);

    /// <summary>The template is not approved for this channel, language and stage.</summary>
    public static readonly ContactRuleCode TemplateNotApproved = new("template_not_approved", 18);

    /// <summary>The template lacks fields the policy requires (creditor name, contact number, …).</summary>
    public static readonly ContactRuleCode TemplateFieldsMissing = new("template_fields_missing", 19);

    /// <summary>The template is not in the policy's primary language (nor in the language the recipient asked for).</summary>
    public static readonly ContactRuleCode TemplateLanguageNotAllowed = new("template_language_not_allowed", 20);

    private ContactRuleCode(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>frequency_cap_reached</c>.</summary>
    public string Code => Name;

    /// <summary>The code's title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("code." + Code);

    /// <summary>Every code, ordered by value.</summary>
    public static IReadOnlyList<ContactRuleCode> All { get; } =
    [
        PolicyNotInForce, ChannelNotAllowed, OutsideContactWindow, WeeklyRestDay, PublicHoliday, FrequencyCapReached,
        DailyLimitReached, WaitingAfterConversation, MinimumGap, OptedOut, DoNotContact, CeaseCommunication, DisputeOpen,
        LegalHold, RecipientNotAllowed, ThirdPartyTemplateRequired, TemplateRequired, TemplateNotApproved,
        TemplateFieldsMissing, TemplateLanguageNotAllowed,
    ];

    /// <summary>Looks up a code by its persisted text (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>opted_out</c>.</param>
    /// <param name="result">The code when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ContactRuleCode? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
