using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A piece of information a message template or call script contains, which a policy may require.</summary>
public sealed class TemplateField : SmartEnum<TemplateField>
{
    /// <summary>The creditor's name and the department concerned with collection (code <c>creditor_name</c>).</summary>
    public static readonly TemplateField CreditorName = new("creditor_name", 1);

    /// <summary>For an agency, the name of the creditor it acts for (code <c>acting_for_creditor</c>).</summary>
    public static readonly TemplateField ActingForCreditor = new("acting_for_creditor", 2);

    /// <summary>A contact number the debtor can call back (code <c>contact_number</c>).</summary>
    public static readonly TemplateField ContactNumber = new("contact_number", 3);

    /// <summary>The working hours of the department or agency (code <c>working_hours</c>).</summary>
    public static readonly TemplateField WorkingHours = new("working_hours", 4);

    /// <summary>The agent's (employee's) name, on calls (code <c>agent_name</c>).</summary>
    public static readonly TemplateField AgentName = new("agent_name", 5);

    /// <summary>A clear and simple way to opt out of the channel (code <c>opt_out_notice</c>).</summary>
    public static readonly TemplateField OptOutNotice = new("opt_out_notice", 6);

    private TemplateField(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => ContactPolicyTexts.Get("template_field." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<TemplateField> All { get; } = [CreditorName, ActingForCreditor, ContactNumber, WorkingHours, AgentName, OptOutNotice];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out TemplateField? result)
    {
        result = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return result is not null;
    }
}
