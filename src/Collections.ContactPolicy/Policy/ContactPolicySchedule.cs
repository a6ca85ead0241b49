using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The versions of one contact policy and the instant each takes over: <see cref="PolicyAt"/> gives the version in force at any instant.</summary>
/// <remarks>
/// <para>Immutable. A version is active from its <see cref="ContactPolicySchedule.Entry.ActiveFrom"/> until the next
/// version's: built from policies (<see cref="Of(IEnumerable{ContactPolicy})"/>), each is active from its effective date (start of the day in the
/// creditor's zone, <see cref="ContactPolicy.EffectiveFrom"/>); a version activated at run time
/// (<see cref="ContactGate.ActivateAsync"/>) is active from its effective date or from the moment of activation,
/// whichever is later, so a change never reaches back over decisions already made.</para>
/// <para>Every version belongs to the same policy and creditor, labels are unique, and each version starts strictly
/// after the one before. Before the first version starts, <see cref="PolicyAt"/> gives the first version, which refuses
/// every request as not yet in force.</para>
/// </remarks>
public sealed class ContactPolicySchedule
{
    private readonly ImmutableArray<Entry> _entries;

    private ContactPolicySchedule(ImmutableArray<Entry> entries) => _entries = entries;

    /// <summary>The versions, in the order they take over.</summary>
    public ImmutableArray<Entry> Entries => _entries;

    /// <summary>The last version to take over.</summary>
    public ContactPolicy Latest => _entries[^1].Policy;

    /// <summary>The policy's identifier.</summary>
    public PolicyId PolicyId => _entries[0].Policy.Version.PolicyId;

    /// <summary>A schedule of one version, active from its effective date.</summary>
    /// <param name="policy">The version.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">The policy is null.</exception>
    public static ContactPolicySchedule Of(ContactPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new ContactPolicySchedule([new Entry(policy, policy.EffectiveFrom)]);
    }

    /// <summary>A schedule of versions, each active from its effective date.</summary>
    /// <param name="versions">The versions, in any order.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">No version; versions of different policies or creditors; a label used twice; two versions effective the same day. Every violation listed.</exception>
    public static ContactPolicySchedule Of(IEnumerable<ContactPolicy> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.ToList();
        if (list.Count == 0 || list.Contains(null!))
        {
            throw new ArgumentException("A policy schedule needs at least one version and no null.", nameof(versions));
        }

        var entries = list.OrderBy(p => p.EffectiveFrom).Select(p => new Entry(p, p.EffectiveFrom)).ToImmutableArray();
        var violations = new List<string>();
        for (var i = 1; i < entries.Length; i++)
        {
            violations.AddRange(Problems(entries[..i], entries[i]));
        }

        return violations.Count == 0
            ? new ContactPolicySchedule(entries)
            : throw new ArgumentException("Not a policy schedule: " + string.Join("; ", violations) + ".", nameof(versions));
    }

    /// <summary>The version in force at an instant: the last one active from or before it (the first, not yet in force, before any).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The policy version.</returns>
    public ContactPolicy PolicyAt(Instant instant)
    {
        for (var i = _entries.Length - 1; i > 0; i--)
        {
            if (_entries[i].ActiveFrom <= instant)
            {
                return _entries[i].Policy;
            }
        }

        return _entries[0].Policy;
    }

    /// <summary>Finds a version by its label.</summary>
    /// <param name="version">The label.</param>
    /// <returns>The version, or null.</returns>
    public ContactPolicy? Find(string version) =>
        _entries.Select(e => e.Policy).FirstOrDefault(p => string.Equals(p.Version.Version, version, StringComparison.Ordinal));

    /// <summary>This schedule with one more version, active from an instant.</summary>
    /// <param name="next">The version.</param>
    /// <param name="activeFrom">When it takes over (not before its effective date).</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException">Another policy or creditor, a label already used, or a start not after the last version's; every violation listed.</exception>
    public ContactPolicySchedule With(ContactPolicy next, Instant activeFrom)
    {
        ArgumentNullException.ThrowIfNull(next);
        var entry = new Entry(next, activeFrom < next.EffectiveFrom ? next.EffectiveFrom : activeFrom);
        var violations = Problems(_entries, entry).ToList();
        return violations.Count == 0
            ? new ContactPolicySchedule(_entries.Add(entry))
            : throw new ArgumentException("The version cannot be added: " + string.Join("; ", violations) + ".", nameof(next));
    }

    private static IEnumerable<string> Problems(ImmutableArray<Entry> before, Entry next)
    {
        var first = before[0].Policy.Version;
        var version = next.Policy.Version;
        if (version.PolicyId != first.PolicyId || version.Creditor != first.Creditor)
        {
            yield return $"version {version} belongs to policy '{version.PolicyId}' of creditor '{version.Creditor}', not '{first.PolicyId}' of '{first.Creditor}'";
        }

        if (before.Any(e => string.Equals(e.Policy.Version.Version, version.Version, StringComparison.Ordinal)))
        {
            yield return $"version label '{version.Version}' is already used";
        }

        var last = before[^1];
        if (next.ActiveFrom <= last.ActiveFrom)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"version '{version.Version}' would take over at {Collections.Core.Audit.AuditEntryHash.FormatInstant(next.ActiveFrom)}, not after version '{last.Policy.Version.Version}' (from {Collections.Core.Audit.AuditEntryHash.FormatInstant(last.ActiveFrom)})");
        }
    }

    /// <summary>A version and the instant it takes over.</summary>
    public sealed record Entry
    {
        internal Entry(ContactPolicy policy, Instant activeFrom)
        {
            Policy = policy;
            ActiveFrom = activeFrom;
        }

        /// <summary>The version.</summary>
        public ContactPolicy Policy { get; }

        /// <summary>When it takes over.</summary>
        public Instant ActiveFrom { get; }
    }
}
