using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The gate a host calls before every attempt: loads history, restrictions, the template and announced holidays through the ports, asks the policy, and hands the decision to the decision sink (the audit seam).</summary>
/// <remarks>
/// A thin orchestrator: all rules live in <see cref="ContactPolicy.Decide"/>, which stays pure. The gate reads the
/// attempts of the last <see cref="ContactPolicy.HistoryLookback"/> about the debtor's debts or to the contact point,
/// replaces the request's restrictions and announced holidays with what the ports hold, and loads the template when
/// the request names one by <see cref="ContactRequest.TemplateId"/> only. The optional <see cref="IContactDecisionSink"/>
/// receives every decision, allowed or refused; the audit trail plugs in there.
/// </remarks>
public sealed class ContactGate
{
    private readonly IContactAttemptStore _attempts;
    private readonly IContactRestrictionRegistry _restrictions;
    private readonly ITemplateCatalog _templates;
    private readonly IHolidayAnnouncementSource _holidays;
    private readonly IContactDecisionSink? _decisions;

    /// <summary>Creates a gate for one policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="attempts">Where attempts are recorded.</param>
    /// <param name="restrictions">Where opt-outs, holds and the like are recorded.</param>
    /// <param name="templates">The template catalogue.</param>
    /// <param name="holidays">Announced holiday dates.</param>
    /// <param name="decisions">Where decisions go (the audit trail), if anywhere.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ContactGate(
        ContactPolicy policy,
        IContactAttemptStore attempts,
        IContactRestrictionRegistry restrictions,
        ITemplateCatalog templates,
        IHolidayAnnouncementSource holidays,
        IContactDecisionSink? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(restrictions);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(holidays);
        Policy = policy;
        _attempts = attempts;
        _restrictions = restrictions;
        _templates = templates;
        _holidays = holidays;
        _decisions = decisions;
    }

    /// <summary>The policy the gate applies.</summary>
    public ContactPolicy Policy { get; }

    /// <summary>Loads the facts for a request, decides, and records the decision.</summary>
    /// <param name="request">The attempt the host wants to make.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public async Task<ContactDecision> CheckAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        var (complete, history) = await LoadAsync(request, cancellationToken).ConfigureAwait(false);
        var decision = Policy.Decide(complete, history);
        if (_decisions is not null)
        {
            await _decisions.RecordAsync(complete, decision, cancellationToken).ConfigureAwait(false);
        }

        return decision;
    }

    /// <summary>The request with its facts loaded, and the history, as <see cref="CheckAsync"/> passes them to the policy.</summary>
    /// <param name="request">The attempt the host wants to make.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The completed request and the history.</returns>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public async Task<(ContactRequest Request, ContactHistory History)> LoadAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var interval = new Interval(request.At - Policy.HistoryLookback, request.At + Duration.Epsilon);
        var attempts = new List<PriorAttempt>();
        await foreach (var attempt in _attempts.ReadAsync(request.DebtorId, request.ContactPointId, interval, cancellationToken).ConfigureAwait(false))
        {
            attempts.Add(attempt);
        }

        var restrictions = await _restrictions.ReadAsync(request.DebtorId, request.AccountId, request.ContactPointId, cancellationToken).ConfigureAwait(false);
        var template = request.Template;
        if (template is null && request.TemplateId is { } templateId)
        {
            template = await _templates.FindAsync(templateId, cancellationToken).ConfigureAwait(false);
        }

        // The search for the next allowed instant looks up to SearchHorizonDays ahead; announcements a little either side count.
        var day = request.At.InUtc().Date;
        var announced = await _holidays.ReadAsync(day.PlusDays(-2), day.PlusDays(ContactPolicy.SearchHorizonDays + 2), cancellationToken).ConfigureAwait(false);
        var complete = request with { Restrictions = restrictions, Template = template, AnnouncedPeriods = [.. announced] };
        return (complete, ContactHistory.Of(attempts));
    }
}
