using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Kpi.Tests.Accounts;

public sealed class AccountStatusProperties
{
    private static readonly Arbitrary<(AccountStatus From, AccountStatus To)> Pairs =
        (from f in Gen.Elements(AccountStatus.All.ToArray()) from t in Gen.Elements(AccountStatus.All.ToArray()) select (f, t)).ToArbitrary();

    private static bool InTable(AccountStatus from, AccountStatus to) =>
        AccountStatusTransitions.All.Any(t => t.From == from && t.To == to);

    [Property]
    public Property Illegal_transitions_are_refused_and_leave_the_status_unchanged() =>
        Prop.ForAll(Pairs, p =>
        {
            var decision = p.From.TryTransition(p.To);
            var legal = p.From == p.To || InTable(p.From, p.To);
            return decision.IsAllowed == legal
                && decision.Status == (legal ? p.To : p.From)
                && decision.Reason.English.Contains(p.To.Title.English, StringComparison.Ordinal)
                && decision.Reason.Arabic.Contains(p.To.Title.Arabic, StringComparison.Ordinal);
        });

    [Fact]
    public void Every_refusal_names_every_status_allowed_from_there()
    {
        foreach (var from in AccountStatus.All.Where(s => !s.IsFinal))
        {
            foreach (var to in AccountStatus.All.Where(t => t != from && !InTable(from, t)))
            {
                var reason = from.TryTransition(to).Reason;
                Assert.All(from.AllowedNext, next => Assert.Contains(next.Title.English, reason.English, StringComparison.Ordinal));
                Assert.All(from.AllowedNext, next => Assert.Contains(next.Title.Arabic, reason.Arabic, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_table_has_one_row_per_move_and_no_move_to_the_same_status()
    {
        var rows = AccountStatusTransitions.All;

        Assert.Equal(rows.Length, rows.Select(r => (r.From, r.To)).Distinct().Count());
        Assert.DoesNotContain(rows, r => r.From == r.To);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.When.Arabic)));
    }

    [Fact]
    public void Every_status_is_reachable_from_new_and_every_status_can_reach_closed()
    {
        var fromNew = Reachable(AccountStatus.New, t => t.From, t => t.To);
        var toClosed = Reachable(AccountStatus.Closed, t => t.To, t => t.From);

        Assert.Equal(AccountStatus.All.OrderBy(s => s.Value), fromNew.OrderBy(s => s.Value));
        Assert.Equal(AccountStatus.All.OrderBy(s => s.Value), toClosed.OrderBy(s => s.Value));
        Assert.Equal([AccountStatus.Closed], AccountStatus.All.Where(s => s.IsFinal));
    }

    private static HashSet<AccountStatus> Reachable(AccountStatus start, Func<AccountStatusTransition, AccountStatus> source, Func<AccountStatusTransition, AccountStatus> target)
    {
        var seen = new HashSet<AccountStatus> { start };
        var queue = new Queue<AccountStatus>([start]);
        while (queue.TryDequeue(out var status))
        {
            foreach (var next in AccountStatusTransitions.All.Where(t => source(t) == status).Select(target))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
