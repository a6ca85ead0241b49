using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime.Testing;

namespace Collections.Core.Tests.Audit;

/// <summary>The audit log's tamper evidence, as rules over generated logs (1–40 entries) and generated tampering.</summary>
public sealed class AuditVerifierProperties
{
    [Property(MaxTest = 200)]
    public Property Appending_then_verifying_any_log_finds_it_intact() =>
        Prop.ForAll(AuditGenerators.Event().ArrayOf().ToArbitrary(), Gen.Choose(0, 5_000).ToArbitrary(), (events, stepInMilliseconds) =>
        {
            var store = new InMemoryAuditStore();
            var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start, Duration.FromMilliseconds(stepInMilliseconds)));
            var appended = events.Select(e => trail.AppendAsync(e).GetAwaiter().GetResult()).ToList();

            var verification = AuditVerifier.VerifyAsync(store, new AuditHead(appended.Count, appended.Count == 0 ? AuditEntryHash.Genesis : appended[^1].Hash))
                .GetAwaiter().GetResult();

            return verification.IsIntact
                && verification.EntriesRead == events.Length
                && verification.VerifiedHead == trail.ReadHeadAsync().GetAwaiter().GetResult();
        });

    [Property(MaxTest = 500)]
    public Property Changing_any_field_of_any_entry_is_detected_at_that_entry() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 40)
             from index in Gen.Choose(0, log.Length - 1)
             from field in Gen.Elements(AuditTampering.Fields)
             from seed in ArbMap.Default.GeneratorFor<int>()
             select (log, index, field, seed)).ToArbitrary(),
            t =>
            {
                var tampered = t.log.ToArray();
                tampered[t.index] = AuditTampering.Change(t.log[t.index], t.field, t.seed);
                var broken = AuditVerifier.Verify(tampered).FirstBreak;
                return (broken?.Kind == AuditBreakKind.Edited && broken.Position == t.index + 1)
                    .Label($"{t.field} of entry {t.index + 1}: {broken?.Kind.Code} at {broken?.Position}");
            });

    [Property(MaxTest = 500)]
    public Property Deleting_any_entry_is_detected_at_the_first_entry_after_it() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(2, 40)
             from index in Gen.Choose(0, log.Length - 2)
             select (log, index)).ToArbitrary(),
            t =>
            {
                var broken = AuditVerifier.Verify(AuditTampering.Delete(t.log, t.index)).FirstBreak;
                return (broken?.Kind == AuditBreakKind.Deleted && broken.Position == t.index + 1 && broken.Entry == t.log[t.index + 1])
                    .Label($"entry {t.index + 1} deleted: {broken?.Kind.Code} at {broken?.Position}");
            });

    [Property(MaxTest = 500)]
    public Property Swapping_any_two_entries_is_detected() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(2, 40)
             from first in Gen.Choose(0, log.Length - 2)
             from second in Gen.Choose(first + 1, log.Length - 1)
             select (log, first, second)).ToArbitrary(),
            t =>
            {
                var broken = AuditVerifier.Verify(AuditTampering.Swap(t.log, t.first, t.second)).FirstBreak;
                return (broken?.Kind == AuditBreakKind.Reordered && broken.Position == t.first + 1)
                    .Label($"entries {t.first + 1} and {t.second + 1} swapped: {broken?.Kind.Code} at {broken?.Position}");
            });

    [Property(MaxTest = 500)]
    public Property Inserting_a_forged_entry_is_detected_at_it() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 40)
             from index in Gen.Choose(0, log.Length - 1)
             from forged in AuditTampering.Forged(log, index)
             select (log, index, forged)).ToArbitrary(),
            t =>
            {
                var broken = AuditVerifier.Verify(AuditTampering.Insert(t.log, t.index, t.forged)).FirstBreak;

                // A replayed copy of a neighbour stands beside its twin: then either of the two places is "at it".
                var twin = t.forged == t.log[t.index] || (t.index > 0 && t.forged == t.log[t.index - 1]);
                var at = broken?.Position == t.index + 1 || (twin && Math.Abs(broken!.Position - (t.index + 1)) == 1);
                return (broken?.Kind == AuditBreakKind.Inserted && broken.Entry == t.forged && at)
                    .Label($"forged entry inserted at {t.index + 1}: {broken?.Kind.Code} at {broken?.Position}");
            });

    [Property(MaxTest = 300)]
    public Property A_kept_head_detects_truncation() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 40)
             from kept in Gen.Choose(1, log.Length)
             from remaining in Gen.Choose(0, kept - 1)
             select (log, kept, remaining)).ToArbitrary(),
            t =>
            {
                var head = new AuditHead(t.kept, t.log[t.kept - 1].Hash);
                var verification = AuditVerifier.Verify(t.log[..t.remaining], head);
                return verification.FirstBreak?.Kind == AuditBreakKind.Truncated
                    && verification.FirstBreak.Position == t.remaining + 1
                    && verification.VerifiedHead.Count == t.remaining;
            });

    [Property(MaxTest = 300)]
    public Property A_kept_head_detects_a_rewrite_whose_hashes_were_all_recomputed() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 40)
             from index in Gen.Choose(0, log.Length - 1)
             from kept in Gen.Choose(index + 1, log.Length)
             select (log, index, kept)).ToArbitrary(),
            t =>
            {
                var rewritten = t.log.ToArray();
                var previous = t.index == 0 ? AuditEntryHash.Genesis : t.log[t.index - 1].Hash;
                for (var i = t.index; i < rewritten.Length; i++)
                {
                    var changed = rewritten[i] with { PreviousHash = previous, Actor = i == t.index ? "user:forger" : rewritten[i].Actor };
                    rewritten[i] = changed with { Hash = changed.ComputeHash() };
                    previous = rewritten[i].Hash;
                }

                var broken = AuditVerifier.Verify(rewritten, new AuditHead(t.kept, t.log[t.kept - 1].Hash)).FirstBreak;
                return AuditVerifier.Verify(rewritten).IsIntact
                    && broken?.Kind == AuditBreakKind.Rewritten && broken.Position == t.kept;
            });

    [Property(MaxTest = 200)]
    public Property A_verified_prefix_is_intact_on_its_own() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(2, 30)
             from index in Gen.Choose(0, log.Length - 1)
             from field in Gen.Elements(AuditTampering.Fields)
             select (log, index, field)).ToArbitrary(),
            t =>
            {
                var tampered = t.log.ToArray();
                tampered[t.index] = AuditTampering.Change(t.log[t.index], t.field, 3);
                var verification = AuditVerifier.Verify(tampered);
                var prefix = tampered[..(int)verification.VerifiedHead.Count];
                return AuditVerifier.Verify(prefix).IsIntact && AuditVerifier.Verify(prefix).VerifiedHead == verification.VerifiedHead;
            });
}
