using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Collections.ContactPolicy;

/// <summary>The rule packs shipped with the package, read from JSON files embedded in it (Packs/*.json) with the same reader as policy files.</summary>
public static class RulePacks
{
    private static readonly Lazy<RulePack> LazySama = new(() => Load("sa-sama-2025"));
    private static readonly Lazy<RulePack> LazyRegulationF = new(() => Load("us-reg-f"));

    /// <summary>Saudi Central Bank (SAMA) Debt Collection Regulations and Procedures for Individual Customers (2025): <c>sa-sama-2025</c>.</summary>
    /// <remarks>Channels e-mail, registered mail (letters), SMS, calls, the creditor's app or website — WhatsApp off
    /// unless the creditor documents a basis; only the debtor and guarantors (never relatives or friends); hours within
    /// official working hours, the exact clock set by the creditor (the pack's 09:00–17:00 Sunday–Thursday and Ramadan
    /// 10:00–15:00 are placeholders to replace); Friday–Saturday weekend and Saudi public holidays; disputes stop
    /// reminders; at most 10 call attempts per 30 days per contact point — a conservative cap carried over from the
    /// 2018 rules; approved templates with the creditor's name, contact number, working hours, the agent's name on
    /// calls, Arabic as the primary language. docs/rules/sa-sama-2025.md has every rule in words.</remarks>
    public static RulePack SaudiSama2025 => LazySama.Value;

    /// <summary>US Regulation F (12 CFR part 1006), the contact-frequency and time rules: <c>us-reg-f</c>.</summary>
    /// <remarks>Calls, texts and e-mails only from 8:00 to 21:00 at the consumer's location (in every zone the consumer
    /// may be in); more than 7 calls in 7 days about a debt, or a call within 7 days after a telephone conversation about
    /// it, refused; e-mails and texts need an opt-out notice; opt-outs of a medium and cease-communication requests
    /// honoured. docs/rules/us-reg-f.md has every rule in words.</remarks>
    public static RulePack UsRegulationF => LazyRegulationF.Value;

    /// <summary>Every pack.</summary>
    public static IReadOnlyList<RulePack> All => [SaudiSama2025, UsRegulationF];

    /// <summary>Finds a pack by its id.</summary>
    /// <param name="id">The id, for example <c>sa-sama-2025</c>.</param>
    /// <param name="pack">The pack when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out RulePack? pack)
    {
        pack = All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        return pack is not null;
    }

    private static RulePack Load(string id)
    {
        var name = "Collections.ContactPolicy.Packs." + id + ".json";
        using var stream = typeof(RulePacks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Rule pack resource '{name}' is not embedded.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var violations = new List<PolicyViolation>();
        var reading = new JsonReading(violations);
        var root = document.RootElement;
        reading.CheckObject(root, "$", "pack", "title", "summary", "rules");
        var title = reading.Bilingual(root, "title", "$", required: true);
        var summary = reading.Bilingual(root, "summary", "$", required: true);
        var reader = new JsonRuleReader(reading);
        var rules = reading.Array(root, "rules", "$", required: true, reader.Read);
        violations.AddRange(ContactPolicyBuilder.RuleViolations(rules, i => string.Create(CultureInfo.InvariantCulture, $"$.rules[{i}]")).Where(v => v.Field.EndsWith(".id", StringComparison.Ordinal)));
        if (violations.Count > 0 || title is null || summary is null || reading.String(root, "pack", "$", required: true) != id)
        {
            throw new ContactPolicyException(name, violations.Count > 0 ? violations : [new PolicyViolation("$.pack", "must be " + id)]);
        }

        return new RulePack(id, title, summary, [.. rules]);
    }
}
