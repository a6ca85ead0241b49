using Collections.ContactPolicy.InMemory;
using Collections.ContactPolicy.Tests.Support;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>The gate's guarantees over generated policies (windows, rest days, holidays, caps, limits, waits, gaps, disputes), zones and histories.</summary>
public sealed class ContactGateProperties
{
    private static readonly Arbitrary<(Collections.ContactPolicy.ContactPolicy Policy, ContactRequest Request, PriorAttempt[] History)> Situations =
        (from policy in ContactPolicyGenerators.Policy()
         from request in ContactPolicyGenerators.Request()
         from history in ContactPolicyGenerators.History(request.At)
         select (policy, request, history.Where(a => a.At <= request.At).ToArray())).ToArbitrary();

    private static TestGate GateFor(Collections.ContactPolicy.ContactPolicy policy, ContactRequest request, IEnumerable<PriorAttempt> history)
    {
        var test = new TestGate(policy, request.At, b => b.Attempts = new InMemoryContactAttemptStore(history));
        test.Restrictions.SetHolds(request.AccountId, request.Restrictions.Holds);
        return test;
    }

    [Property(MaxTest = 200)]
    public Property A_refused_request_never_reaches_the_gateway_and_an_allowed_one_is_sent_and_recorded_once() =>
        Prop.ForAll(Situations, c =>
        {
            var test = GateFor(c.Policy, c.Request, c.History);

            var result = test.Gate.ContactAsync(c.Request, test.Gateway, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            var expected = c.Policy.Decide(c.Request, ContactHistory.Of(c.History));

            var agrees = result.Decision.IsAllowed == expected.IsAllowed && result.Decision.Codes.SequenceEqual(expected.Codes)
                && result.Decision.NextAllowedAt == expected.NextAllowedAt;
            return agrees && (result.Decision.IsAllowed
                ? test.Gateway.Sent.Count == 1 && test.Attempts.Permitted.Count == 1 && ReferenceEquals(test.Gateway.Sent[0], result.Permit)
                : test.Gateway.Sent.Count == 0 && test.Attempts.Permitted.Count == 0 && result.Permit is null);
        });

    [Property(MaxTest = 60)]
    public Property Every_attempt_made_through_the_gate_was_allowed_by_the_policy_when_it_was_made() =>
        Prop.ForAll(
            (from policy in ContactPolicyGenerators.Policy()
             from request in ContactPolicyGenerators.Request()
             from steps in Gen.ArrayOf(Gen.Choose(1, 8 * 60), 40)
             select (policy, request, steps)).ToArbitrary(),
            c =>
            {
                var test = GateFor(c.policy, c.request, []);
                foreach (var step in c.steps)
                {
                    test.Clock.Advance(Duration.FromMinutes(step));
                    test.Gate.ContactAsync(c.request, test.Gateway, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
                }

                // Afterwards, each recorded attempt is allowed against the attempts recorded before it.
                var made = test.Attempts.Permitted.Select(p => p.Attempt).ToList();
                return made.Select((attempt, i) => c.policy.Decide(c.request with { At = attempt.At }, ContactHistory.Of(made.Take(i))).IsAllowed).All(allowed => allowed)
                    && made.Count == test.Gateway.Sent.Count;
            });

    [Property(MaxTest = 100)]
    public Property A_permit_is_good_for_one_attempt_however_many_try_to_record_it() =>
        Prop.ForAll(Gen.Choose(2, 8).ToArbitrary(), tries =>
        {
            var test = new TestGate(TestGates.SaudiPack(), TestGates.Monday10);
            var permit = test.Gate.AuthorizeAsync(TestGates.Call(TestGates.Monday10), TestContext.Current.CancellationToken).GetAwaiter().GetResult().Permit!;

            var outcomes = Task.WhenAll(Enumerable.Range(0, tries).Select(_ => Task.Run(async () =>
            {
                try
                {
                    await test.Gate.RecordAttemptAsync(permit, RecordingGateway.FirstOutcomeOf(permit.Channel), TestContext.Current.CancellationToken);
                    return true;
                }
                catch (ContactPermitException e) when (e.Problem == ContactPermitProblem.AlreadyUsed)
                {
                    return false;
                }
            }))).GetAwaiter().GetResult();

            return outcomes.Count(recorded => recorded) == 1 && test.Attempts.Permitted.Count == 1;
        });
}
