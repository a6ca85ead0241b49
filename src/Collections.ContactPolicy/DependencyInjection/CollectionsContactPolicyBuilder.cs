namespace Collections.ContactPolicy;

/// <summary>Configures what <c>AddCollectionsContactPolicy</c> registers: the policy (required) and, optionally, in-memory port contents.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable): the policy is checked when the services are registered.</remarks>
public sealed class CollectionsContactPolicyBuilder
{
    /// <summary>The policy to apply; set it directly, or with <see cref="UsePolicyFile"/> or <see cref="UsePolicyJson"/>.</summary>
    public ContactPolicy? Policy { get; set; }

    /// <summary>Reads the policy from a JSON file now (so a bad file fails at registration).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ContactPolicyException">The file is not a valid policy.</exception>
    public CollectionsContactPolicyBuilder UsePolicyFile(string path)
    {
        Policy = ContactPolicyJson.Load(path);
        return this;
    }

    /// <summary>Reads the policy from JSON text now.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ContactPolicyException">The JSON is not a valid policy.</exception>
    public CollectionsContactPolicyBuilder UsePolicyJson(string json)
    {
        Policy = ContactPolicyJson.Parse(json);
        return this;
    }
}
