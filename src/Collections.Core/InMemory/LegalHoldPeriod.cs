using NodaTime;

namespace Collections.Core.InMemory;

/// <summary>A legal hold recorded by <see cref="InMemoryLegalHoldRegistry"/>: its reference, when it started and, once lifted, when it ended.</summary>
/// <param name="Reference">What the hold is for.</param>
/// <param name="From">When it started.</param>
/// <param name="Until">When it was lifted, or null while open.</param>
public sealed record LegalHoldPeriod(string Reference, Instant From, Instant? Until)
{
    /// <summary>Whether the hold covers an instant: from ≤ instant &lt; until.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when held at that instant.</returns>
    public bool Covers(Instant instant) => instant >= From && (Until is null || instant < Until.Value);
}
