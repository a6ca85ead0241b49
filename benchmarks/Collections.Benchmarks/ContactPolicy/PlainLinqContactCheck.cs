using Collections.ContactPolicy;
using Collections.Core;
using NodaTime;
using PolicyType = Collections.ContactPolicy.ContactPolicy;

namespace Collections.Benchmarks.ContactPolicy;

/// <summary>
/// The baseline: the same policy checked the way one would write it with LINQ over the rule objects and the history —
/// allowed or not only (no reason codes, no next allowed instant), so it does less work than <c>Check</c>.
/// </summary>
public static class PlainLinqContactCheck
{
    public static bool IsAllowed(PolicyType policy, ContactRequest request, IReadOnlyList<PriorAttempt> history) =>
        policy.Rules.Where(rule => rule.Channels.Contains(request.Channel)).All(rule => rule switch
        {
            AllowedChannelsRule channels => channels.Allowed.Contains(request.Channel),
            RecipientRule recipients => recipients.Allowed.Contains(request.Recipient),
            ContactWindowRule windows => request.TimeZones.All(zone =>
            {
                var local = request.At.InZone(zone).LocalDateTime;
                var yesterday = local.Date.PlusDays(-1).DayOfWeek;
                return windows.Windows.Any(w =>
                    (w.Day == local.DayOfWeek && local.TimeOfDay >= w.Start && (w.EndsNextDay || local.TimeOfDay < w.End))
                    || (w.Day == yesterday && w.EndsNextDay && local.TimeOfDay < w.End));
            }),
            WeeklyRestDaysRule rest => request.TimeZones.All(zone => !rest.Days.Contains(request.At.InZone(zone).DayOfWeek)),
            PublicHolidaysRule holidays => request.TimeZones.All(zone => !holidays.Calendar.IsHoliday(request.At.InZone(zone).Date, out _)),
            FrequencyCapRule cap => history.Count(a => cap.Channels.Contains(a.Channel) && InScope(a, request, cap.Scope)
                && a.At > request.At - Duration.FromDays(cap.Days) && a.At <= request.At) < cap.MaxAttempts,
            DailyLimitRule daily => request.TimeZones.All(zone => history.Count(a => daily.Channels.Contains(a.Channel) && InScope(a, request, daily.Scope)
                && a.At.InZone(zone).Date == request.At.InZone(zone).Date) < daily.MaxAttempts),
            MinimumGapRule gap => !history.Any(a => gap.Channels.Contains(a.Channel) && InScope(a, request, gap.Scope)
                && a.At > request.At - Duration.FromMinutes(gap.Minutes) && a.At <= request.At),
            RestrictionRule restriction => restriction.Restriction.Code switch
            {
                "opt_out" => !request.Restrictions.OptOuts.Any(o => o.Channel == request.Channel && o.Since <= request.At),
                "do_not_contact" => !(request.Restrictions.DoNotContactSince <= request.At),
                "cease_communication" => !(request.Restrictions.CeaseCommunicationSince <= request.At),
                "dispute" => !request.Restrictions.Holds.Any(h => h.Kind == HoldKind.Dispute && h.Covers(request.At)),
                _ => !request.Restrictions.Holds.Any(h => h.Kind == HoldKind.LegalHold && h.Covers(request.At)),
            },
            _ => true,
        });

    private static bool InScope(PriorAttempt attempt, ContactRequest request, CapScope scope) =>
        scope == CapScope.Debt ? attempt.AccountId == request.AccountId
        : scope == CapScope.Debtor ? attempt.DebtorId == request.DebtorId
        : attempt.ContactPointId == request.ContactPointId;
}
