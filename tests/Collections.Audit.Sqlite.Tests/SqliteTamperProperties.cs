using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Audit.Sqlite.Tests;

/// <summary>The tamper rules again, on generated logs written to a fresh database file and tampered with SQL (fewer cases: each one is a file).</summary>
public sealed class SqliteTamperProperties
{
    [Property(MaxTest = 40)]
    public Property Changing_any_column_of_any_row_is_detected_at_that_entry() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 10)
             from index in Gen.Choose(0, log.Length - 1)
             from column in Gen.Elements(SqlTampering.Columns)
             select (log, index, column)).ToArbitrary(),
            t => Check(t.log, database => SqlTampering.Update(database, t.index + 1, t.column), b => b?.Kind == AuditBreakKind.Edited && b.Position == t.index + 1));

    [Property(MaxTest = 40)]
    public Property Deleting_any_row_is_detected_at_the_first_entry_after_it() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(2, 10)
             from index in Gen.Choose(0, log.Length - 2)
             select (log, index)).ToArbitrary(),
            t => Check(t.log, database => SqlTampering.Delete(database, t.index + 1), b => b?.Kind == AuditBreakKind.Deleted && b.Position == t.index + 1));

    [Property(MaxTest = 40)]
    public Property Swapping_any_two_rows_is_detected() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(2, 10)
             from first in Gen.Choose(0, log.Length - 2)
             from second in Gen.Choose(first + 1, log.Length - 1)
             select (log, first, second)).ToArbitrary(),
            t => Check(t.log, database => SqlTampering.Swap(database, t.first + 1, t.second + 1), b => b?.Kind == AuditBreakKind.Reordered && b.Position == t.first + 1));

    [Property(MaxTest = 40)]
    public Property Inserting_a_forged_row_is_detected_at_it() =>
        Prop.ForAll(
            (from log in AuditGenerators.Log(1, 10)
             from index in Gen.Choose(0, log.Length - 1)
             from forged in AuditTampering.Forged(log, index)
             select (log, index, forged: forged with { Sequence = index + 1 })).ToArbitrary(),
            t => Check(
                t.log,
                database => SqlTampering.InsertWithRenumbering(database, t.forged),
                // A replayed copy stands beside its twin, which the renumbering gave another sequence number: either twin is "it".
                b => b?.Kind == AuditBreakKind.Inserted && b.Entry! with { Sequence = t.forged.Sequence } == t.forged
                    && (b.Position == t.index + 1 || (IsTwin(t.forged, t.log, t.index) && Math.Abs(b.Position - (t.index + 1)) == 1)))
                .Label($"forged at {t.index + 1}: {t.forged}"));

    private static bool IsTwin(AuditEntry forged, AuditEntry[] log, int index) =>
        log.Skip(Math.Max(0, index - 1)).Take(index == 0 ? 1 : 2).Any(neighbour => neighbour with { Sequence = forged.Sequence } == forged);

    private static Property Check(AuditEntry[] log, Action<TemporaryDatabase> tamper, Func<AuditBreak?, bool> expected)
    {
        using var database = new TemporaryDatabase();
        var store = database.WriteAsync(log).GetAwaiter().GetResult();
        var intact = AuditVerifier.VerifyAsync(store).GetAwaiter().GetResult().IsIntact;
        tamper(database);
        var broken = AuditVerifier.VerifyAsync(store).GetAwaiter().GetResult().FirstBreak;
        return (intact && expected(broken)).Label($"intact before: {intact}; {broken?.Kind.Code} at {broken?.Position}: {broken?.Reason.English} {broken?.Entry}");
    }
}
