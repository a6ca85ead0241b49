using System.Collections.Immutable;

namespace Collections.ContactPolicy;

/// <summary>The attempts already made that a decision counts, in time order.</summary>
/// <remarks>
/// Give the attempts about the debtor's debts and to the contact point over at least the policy's
/// <see cref="ContactPolicy.HistoryLookback"/> before the request (the gate reads exactly that through
/// <see cref="IContactAttemptStore"/>). Attempts are kept sorted in one array so that a decision scans them without
/// allocating; attempts after the request's instant are counted only where they fall in a rule's window.
/// </remarks>
public sealed class ContactHistory
{
    private readonly PriorAttempt[] _attempts;

    private ContactHistory(PriorAttempt[] attempts) => _attempts = attempts;

    /// <summary>No attempts.</summary>
    public static ContactHistory Empty { get; } = new([]);

    /// <summary>The number of attempts.</summary>
    public int Count => _attempts.Length;

    /// <summary>The attempts in time order.</summary>
    public IReadOnlyList<PriorAttempt> Attempts => ImmutableArray.Create(_attempts);

    internal ReadOnlySpan<PriorAttempt> Span => _attempts;

    /// <summary>A history of the given attempts (sorted here by instant).</summary>
    /// <param name="attempts">The attempts.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException">An attempt has no channel or outcome (a default value).</exception>
    public static ContactHistory Of(IEnumerable<PriorAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var array = attempts.ToArray();
        var broken = array.Select((a, i) => (a, i)).Where(x => x.a.Channel is null || x.a.Outcome is null || x.a.AccountId.Value is null || x.a.DebtorId.Value is null || x.a.ContactPointId.Value is null).Select(x => x.i).ToList();
        if (broken.Count > 0)
        {
            throw new ArgumentException("Attempts need a channel, an outcome and ids; incomplete at positions " + string.Join(", ", broken) + ".", nameof(attempts));
        }

        // A stable sort keeps attempts at the same instant in the order given.
        var sorted = array.Select((a, i) => (a, i)).OrderBy(x => x.a.At).ThenBy(x => x.i).Select(x => x.a).ToArray();
        return new ContactHistory(sorted);
    }

    /// <summary>This history with one more attempt.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentException">The attempt is incomplete.</exception>
    public ContactHistory With(PriorAttempt attempt) => Of(_attempts.Append(attempt));
}
