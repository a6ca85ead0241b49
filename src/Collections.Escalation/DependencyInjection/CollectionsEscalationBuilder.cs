namespace Collections.Escalation;

/// <summary>Configures what <c>AddCollectionsEscalation</c> registers: the creditors' escalation rules (at least one set).</summary>
/// <remarks>Mutable by design (configure mutable, run immutable): the rules are checked when the services are registered.</remarks>
public sealed class CollectionsEscalationBuilder
{
    /// <summary>The rules, one set per creditor.</summary>
    public IList<EscalationRules> Rules { get; } = [];

    /// <summary>Adds a creditor's rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">The rules are null.</exception>
    public CollectionsEscalationBuilder AddRules(EscalationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules.Add(rules);
        return this;
    }

    /// <summary>Reads a creditor's rules from a JSON file now (so a bad file fails at registration).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="EscalationDataException">The file is not valid rules.</exception>
    public CollectionsEscalationBuilder AddRulesFile(string path) => AddRules(EscalationRulesJson.Load(path));

    /// <summary>Reads a creditor's rules from JSON text now.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="EscalationDataException">The JSON is not valid rules.</exception>
    public CollectionsEscalationBuilder AddRulesJson(string json) => AddRules(EscalationRulesJson.Parse(json));
}
