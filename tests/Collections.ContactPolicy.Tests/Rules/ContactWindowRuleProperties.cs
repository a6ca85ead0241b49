using Collections.ContactPolicy.Tests.Support;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>Contact windows as rules: a window crossing midnight is one window, and the half-open edges.</summary>
public sealed class ContactWindowRuleProperties
{
    private static readonly RuleSource Source = RuleSource.CreditorInstruction("p", "ق");

    /// <summary>Splits each overnight window into its evening part (to 00:00 the next day) and its morning part on the next weekday.</summary>
    private static IEnumerable<ContactWindow> Halves(IEnumerable<ContactWindow> windows) =>
        windows.SelectMany(w => !w.EndsNextDay || w.End == LocalTime.Midnight
            ? [w]
            : new[]
            {
                ContactWindow.Overnight(w.Day, w.Start, LocalTime.Midnight),
                ContactWindow.SameDay(w.Day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : w.Day + 1, LocalTime.Midnight, w.End),
            });

    [Property(MaxTest = 200)]
    public Property A_window_crossing_midnight_decides_like_its_two_halves() =>
        Prop.ForAll(
            (from windows in ContactPolicyGenerators.Windows()
             from request in ContactPolicyGenerators.Request()
             select (windows, request)).ToArbitrary(),
            c =>
            {
                var whole = TestPolicies.With(new ContactWindowRule(new RuleId("w"), Source, ChannelSet.All, c.windows));
                var halves = TestPolicies.With(new ContactWindowRule(new RuleId("w"), Source, ChannelSet.All, Halves(c.windows)));
                var request = c.request with { Restrictions = ContactRestrictions.None };
                var (a, b) = (whole.Decide(request, ContactHistory.Empty), halves.Decide(request, ContactHistory.Empty));
                return a.IsAllowed == b.IsAllowed && a.NextAllowedAt == b.NextAllowedAt;
            });

    [Property(MaxTest = 200)]
    public Property The_start_minute_is_inside_and_the_end_minute_outside() =>
        Prop.ForAll(
            (from day in Gen.Choose(1, 7)
             from start in Gen.Choose(0, 47)
             from length in Gen.Choose(1, 36)
             from zone in Gen.Elements(ContactPolicyGenerators.ZoneIds)
             from week in Gen.Choose(0, 100)
             select (window: ContactPolicyGenerators.Window((IsoDayOfWeek)day, start, length), zone: DateTimeZoneProviders.Tzdb[zone], week)).ToArbitrary(),
            c =>
            {
                var policy = TestPolicies.With(new ContactWindowRule(new RuleId("w"), Source, ChannelSet.All, [c.window]));
                // The window's first occurrence in the chosen week, in the chosen zone; skip days where its edges fall in a DST gap or overlap.
                var monday = new LocalDate(2026, 1, 5).PlusWeeks(c.week);
                var date = monday.PlusDays(((int)c.window.Day - 1) % 7);
                var startLocal = date + c.window.Start;
                var endLocal = (c.window.EndsNextDay ? date.PlusDays(1) : date) + c.window.End;
                if (c.zone.MapLocal(startLocal).Count != 1 || c.zone.MapLocal(endLocal).Count != 1)
                {
                    return true;
                }

                Instant At(LocalDateTime local) => c.zone.AtStrictly(local).ToInstant();
                bool Allowed(Instant at) => policy.Decide(TestRequests.Call(at, c.zone), ContactHistory.Empty).IsAllowed;
                var start = At(startLocal);
                var end = At(endLocal);
                return Allowed(start) && Allowed(end - Duration.FromMinutes(1)) && Allowed(end - Duration.Epsilon)
                    && (Allowed(end) == NaiveReference.InsideWindow(policy.Rules.OfType<ContactWindowRule>().Single(), endLocal))
                    && (Allowed(start - Duration.Epsilon) == NaiveReference.InsideWindow(policy.Rules.OfType<ContactWindowRule>().Single(), (start - Duration.Epsilon).InZone(c.zone).LocalDateTime));
            });
}
