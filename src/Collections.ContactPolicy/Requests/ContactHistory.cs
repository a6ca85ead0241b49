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
    /// <exception cref="ArgumentException">An attempt has no channel, outcome or id (a default value), or an outcome its
    /// channel cannot have (<see cref="Collections.Core.AttemptOutcome.AppliesTo"/>); the message lists the positions.</exception>
    public static ContactHistory Of(IEnumerable<PriorAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var array = attempts.ToArray();
        Check(array, nameof(attempts));

        // A stable sort keeps attempts at the same instant in the order given.
        var sorted = array.Select((a, i) => (a, i)).OrderBy(x => x.a.At).ThenBy(x => x.i).Select(x => x.a).ToArray();
        return new ContactHistory(sorted);
    }

    /// <summary>Refuses attempts a decision cannot count: incomplete ones, and ones whose outcome is not of their channel (an
    /// sms "right_party" would count as a conversation for the waiting-time rules).</summary>
    internal static void Check(IReadOnlyList<PriorAttempt> attempts, string paramName)
    {
        var incomplete = new List<int>();
        var mismatched = new List<string>();
        for (var i = 0; i < attempts.Count; i++)
        {
            var a = attempts[i];
            if (a.Channel is null || a.Outcome is null || a.AccountId.Value is null || a.DebtorId.Value is null || a.ContactPointId.Value is null)
            {
                incomplete.Add(i);
            }
            else if (!a.Outcome.AppliesTo(a.Channel))
            {
                mismatched.Add($"{i} ({a.Outcome.Code} on {a.Channel.Code})");
            }
        }

        var problems = new List<string>();
        if (incomplete.Count > 0)
        {
            problems.Add("incomplete at positions " + string.Join(", ", incomplete));
        }

        if (mismatched.Count > 0)
        {
            problems.Add("an outcome its channel cannot have at positions " + string.Join(", ", mismatched)
                + " (call outcomes belong to calls and visits, message outcomes to messages and letters)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Attempts need a channel, an outcome of that channel and ids; " + string.Join("; ", problems) + ".", paramName);
        }
    }

    /// <summary>This history with one more attempt.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentException">The attempt is incomplete.</exception>
    public ContactHistory With(PriorAttempt attempt) => Of(_attempts.Append(attempt));
}
