using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Configures what <c>AddCollectionsContactPolicy</c> registers: the policy (required), the permit timing, and whether the gate may run without recording its decisions.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable): the policy is checked when the services are registered.</remarks>
public sealed class CollectionsContactPolicyBuilder
{
    /// <summary>The policy to apply; set it directly, or with <see cref="UsePolicyFile"/> or <see cref="UsePolicyJson"/>.</summary>
    public ContactPolicy? Policy { get; set; }

    /// <summary>Lets the gate run with no decision sink and no audit trail registered (default false: the gate then fails when first resolved). For tests and tools only.</summary>
    public bool AllowUnauditedDecisions { get; set; }

    /// <summary>How long a permit is valid for starting its attempt (default 2 minutes; see <see cref="ContactGateBuilder.PermitLifetime"/>).</summary>
    public Duration PermitLifetime { get; set; } = Duration.FromMinutes(2);

    /// <summary>How long after a permit expires its attempt may still be recorded (default 1 hour; see <see cref="ContactGateBuilder.RecordingDeadline"/>).</summary>
    public Duration RecordingDeadline { get; set; } = Duration.FromHours(1);

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
