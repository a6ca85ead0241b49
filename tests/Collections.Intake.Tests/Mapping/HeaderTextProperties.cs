using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Intake.Tests.Mapping;

public sealed class HeaderTextProperties
{
    private static readonly string[] Headers = ["account number", "رقم الحساب", "due date", "تاريخ الاستحقاق", "mobile number", "رقم الجوال", "amount", "المبلغ"];

    /// <summary>Rewrites a header the ways spreadsheets do: case, separators, Arabic diacritics and tatweel.</summary>
    private static string Vary(string header, int seed)
    {
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder();
        foreach (var c in header)
        {
            if (c == ' ')
            {
                builder.Append(random.Next(4) switch { 0 => "_", 1 => "  ", 2 => "-", _ => " " });
                continue;
            }

            builder.Append(random.Next(2) == 0 ? char.ToUpperInvariant(c) : c);
            if (c is >= '\u0621' and <= '\u064A' && random.Next(3) == 0)
            {
                builder.Append(random.Next(2) == 0 ? '\u064E' : '\u0640'); // a fatha, or a tatweel
            }
        }

        return (random.Next(2) == 0 ? " " : string.Empty) + builder + (random.Next(2) == 0 ? "." : string.Empty);
    }

    [Property]
    public Property Header_matching_ignores_case_separators_and_Arabic_diacritics() =>
        Prop.ForAll(Gen.Elements(Headers).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (header, seed) =>
            HeaderSynonyms.RoleOf(Vary(header, seed), IntakeShape.Ledger) == HeaderSynonyms.RoleOf(header, IntakeShape.Ledger)
            && HeaderSynonyms.RoleOf(header, IntakeShape.Ledger) is not null);
}
