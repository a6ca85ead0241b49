namespace Collections.ContactPolicy.Tests.Support;

/// <summary>
/// A second, deliberately plain reading of the time, cap, gap and hold rules: each rule is checked from its
/// definition at one instant, with no search, no precomputed tables and no scope flags. Properties compare
/// <see cref="ContactPolicy.Decide"/> with it.
/// </summary>
internal static class NaiveReference
{
    public static bool IsAllowed(Collections.ContactPolicy.ContactPolicy policy, ContactRequest request, IReadOnlyList<PriorAttempt> history, Instant at)
    {
        if (at < policy.EffectiveFrom)
        {
            return false;
        }

        foreach (var rule in policy.Rules)
        {
            if (!rule.Channels.Contains(request.Channel))
            {
                continue;
            }

            var allowed = rule switch
            {
                ContactWindowRule windows => request.TimeZones.All(zone => InsideWindow(windows, at.InZone(zone).LocalDateTime)),
                WeeklyRestDaysRule rest => request.TimeZones.All(zone => !rest.Days.Contains(at.InZone(zone).DayOfWeek)),
                PublicHolidaysRule holidays => request.TimeZones.All(zone => !holidays.Calendar.IsHoliday(at.InZone(zone).Date, out _, request.AnnouncedPeriods)),
                FrequencyCapRule cap => InScope(history, request, cap.Scope, cap.Channels).Count(a => a.At > at - Duration.FromDays(cap.Days) && a.At <= at) < cap.MaxAttempts,
                DailyLimitRule daily => request.TimeZones.All(zone =>
                    InScope(history, request, daily.Scope, daily.Channels).Count(a => a.At.InZone(zone).Date == at.InZone(zone).Date) < daily.MaxAttempts),
                ConversationWaitRule wait => !InScope(history, request, wait.Scope, wait.ConversationChannels)
                    .Any(a => a.Outcome == AttemptOutcome.RightParty && a.At > at - Duration.FromDays(wait.Days) && a.At <= at),
                MinimumGapRule gap => !InScope(history, request, gap.Scope, gap.Channels).Any(a => a.At > at - Duration.FromMinutes(gap.Minutes) && a.At <= at),
                RestrictionRule { Restriction.Code: "dispute" } => !request.Restrictions.Holds.Any(h => h.Kind == HoldKind.Dispute && h.Start <= at && (h.End is null || at < h.End)),
                _ => throw new NotSupportedException($"The naive reference does not read {rule.Type}."),
            };
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Inside when some window of the local weekday contains the wall-clock time, or an overnight window of the day before has not ended.</summary>
    public static bool InsideWindow(ContactWindowRule rule, LocalDateTime local)
    {
        var time = local.TimeOfDay;
        var today = local.DayOfWeek;
        var yesterday = local.Date.PlusDays(-1).DayOfWeek;
        return rule.Windows.Any(w =>
            (w.Day == today && time >= w.Start && (w.EndsNextDay || time < w.End))
            || (w.Day == yesterday && w.EndsNextDay && time < w.End));
    }

    private static IEnumerable<PriorAttempt> InScope(IReadOnlyList<PriorAttempt> history, ContactRequest request, CapScope scope, ChannelSet channels) =>
        history.Where(a => channels.Contains(a.Channel) && (scope == CapScope.Debt
            ? a.AccountId == request.AccountId
            : scope == CapScope.Debtor ? a.DebtorId == request.DebtorId : a.ContactPointId == request.ContactPointId));
}
