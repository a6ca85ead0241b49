using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>An attempt that was made, as a replay needs it: the request as it stood when made (instant, zones, template, restrictions on record) and its outcome.</summary>
public sealed record HistoricalAttempt
{
    /// <summary>Creates a historical attempt.</summary>
    /// <param name="request">The attempt as it was made: ids, channel, instant, candidate zones, template, recipient and the restrictions then on record.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request has no time zone, or the outcome is not one of its channel's.</exception>
    public HistoricalAttempt(ContactRequest request, AttemptOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(request);
        AttemptOutcome.ThrowIfNotApplicable(outcome, request.Channel);
        if (request.TimeZones.IsEmpty)
        {
            throw new ArgumentException("A historical attempt needs the candidate time zones it was made in.", nameof(request));
        }

        Request = request;
        Outcome = outcome;
    }

    /// <summary>The attempt as it was made.</summary>
    public ContactRequest Request { get; }

    /// <summary>Its outcome.</summary>
    public AttemptOutcome Outcome { get; }

    /// <summary>The attempt as later decisions count it.</summary>
    public PriorAttempt Attempt => new(Request.At, Request.Channel, Outcome, Request.AccountId, Request.DebtorId, Request.ContactPointId);
}
