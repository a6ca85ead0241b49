using Collections.Core;

namespace Collections.Kpi;

/// <summary>One row of the account-status table: a status may become another when an event happens.</summary>
public sealed record AccountStatusTransition
{
    internal AccountStatusTransition(AccountStatus from, AccountStatus to, string eventCode)
    {
        From = from;
        To = to;
        EventCode = eventCode;
    }

    /// <summary>The status before.</summary>
    public AccountStatus From { get; }

    /// <summary>The status after.</summary>
    public AccountStatus To { get; }

    /// <summary>The event's persisted code, for example <c>promise_broken</c>.</summary>
    public string EventCode { get; }

    /// <summary>The event that allows the move, in English and Arabic (for example "promise broken or plan defaulted").</summary>
    public BilingualText When => KpiTexts.Catalog["account_event." + EventCode];
}
