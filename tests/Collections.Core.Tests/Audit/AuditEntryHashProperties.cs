using System.Globalization;
using Collections.Core.Audit;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Core.Tests.Audit;

public sealed class AuditEntryHashProperties
{
    private static readonly string[] Cultures = ["ar-SA", "", "en-US", "fa-IR", "th-TH"];

    [Property(MaxTest = 200)]
    public Property The_hash_of_an_entry_is_the_same_under_every_culture() =>
        Prop.ForAll(AuditGenerators.Log(1, 3).ToArbitrary(), log =>
        {
            var original = CultureInfo.CurrentCulture;
            try
            {
                var hashes = Cultures.Select(name =>
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                    return log[^1].ComputeHash();
                });
                return hashes.All(h => h == log[^1].Hash);
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        });

    [Property(MaxTest = 300)]
    public Property Moving_text_from_one_field_to_the_next_changes_the_hash() =>
        Prop.ForAll(
            AuditGenerators.Text().Where(t => t.Length > 0 && !char.IsSurrogate(t[^1])).ToArbitrary(),
            Gen.Choose(0, 2).ToArbitrary(),
            (text, boundary) =>
            {
                // Length prefixes keep field boundaries: ("ab", "c") must not encode like ("a", "bc").
                string[] fields = ["user:1", "acme.act", "account:7", "{}"];
                fields[boundary] += text;
                var moved = fields.ToArray();
                moved[boundary] = fields[boundary][..^1];
                moved[boundary + 1] = fields[boundary][^1] + fields[boundary + 1];
                return Hash(fields) != Hash(moved);
            });

    [Property(MaxTest = 2000)]
    public Property The_instant_is_written_exactly_as_NodaTimes_extended_ISO_pattern_writes_it() =>
        Prop.ForAll(
            Gen.OneOf(
                ArbMap.Default.GeneratorFor<long>().Select(ticks => Instant.FromUnixTimeTicks(
                    Instant.MinValue.ToUnixTimeTicks() + (long)((ulong)ticks % (ulong)(Instant.MaxValue.ToUnixTimeTicks() - Instant.MinValue.ToUnixTimeTicks())))),
                Gen.Choose(0, 999_999_999).SelectMany(nanos => Gen.Choose(0, 500_000_000).Select(seconds =>
                    AuditGenerators.Start + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos))),
                Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 23, 59, 59), Instant.FromUnixTimeTicks(0)))
            .ToArbitrary(),
            instant => AuditEntryHash.FormatInstant(instant) == NodaTime.Text.InstantPattern.ExtendedIso.Format(instant));

    private static string Hash(string[] f) => AuditEntryHash.Compute(1, AuditGenerators.Start, f[0], f[1], f[2], f[3], AuditEntryHash.Genesis);

    [Property(MaxTest = 300)]
    public Property Changing_any_field_changes_the_hash() =>
        Prop.ForAll(
            AuditGenerators.Log(1, 1).ToArbitrary(),
            Gen.Elements(AuditTampering.Fields.Where(f => f != "hash").ToArray()).ToArbitrary(),
            ArbMap.Default.ArbFor<int>(),
            (log, field, seed) => AuditTampering.Change(log[0], field, seed).ComputeHash() != log[0].Hash);
}
