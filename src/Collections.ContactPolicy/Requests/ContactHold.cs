using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A dispute or legal hold on a debt: reminders about it are frozen from its start until its end (if known).</summary>
/// <remarks>BRIEF: a dispute freezes contact about the debt (every channel) but not aging, KPIs or the dispute queue.
/// The hold covers [start, end): an attempt at the end instant is no longer held.</remarks>
public sealed record ContactHold
{
    /// <summary>Creates a hold.</summary>
    /// <param name="kind">Dispute or legal hold.</param>
    /// <param name="start">When it was opened.</param>
    /// <param name="end">When it was resolved or released, or null while open.</param>
    /// <exception cref="ArgumentException">It ends before it starts.</exception>
    public ContactHold(HoldKind kind, Instant start, Instant? end = null)
    {
        if (end < start)
        {
            throw new ArgumentException("A hold cannot end before it starts.", nameof(end));
        }

        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>Dispute or legal hold.</summary>
    public HoldKind Kind { get; }

    /// <summary>When it was opened.</summary>
    public Instant Start { get; }

    /// <summary>When it was resolved or released, or null while open.</summary>
    public Instant? End { get; }

    /// <summary>Whether the hold covers an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when start ≤ instant &lt; end.</returns>
    public bool Covers(Instant instant) => instant >= Start && (End is null || instant < End.Value);
}
