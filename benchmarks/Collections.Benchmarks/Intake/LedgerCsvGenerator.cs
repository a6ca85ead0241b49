using System.Globalization;
using System.Text;

namespace Collections.Benchmarks.Intake;

/// <summary>Writes a seeded, realistic Saudi ledger CSV: accounts with one to nine invoices each, Arabic and English names,
/// mobiles in the forms creditors send (local, international, spaced, Arabic-Indic digits, a few invalid), ISO dates,
/// amounts with two decimals (some with thousands separators), an open amount and a disputed flag.</summary>
/// <remarks>The same seed always gives the same bytes, so benchmark runs compare like with like.</remarks>
public static class LedgerCsvGenerator
{
    /// <summary>The header row.</summary>
    public const string Header = "account_number,customer_name,mobile,invoice_number,invoice_date,due_date,amount,open_amount,disputed";

    private static readonly string[] FirstNames = ["Mohammed", "Abdullah", "Fahad", "Sara", "Noura", "Khalid", "Reem", "Omar", "محمد", "عبدالله", "فهد", "سارة", "نورة", "خالد", "ريم", "عمر"];
    private static readonly string[] FamilyNames = ["Al-Qahtani", "Al-Otaibi", "Al-Harbi", "Al-Ghamdi", "Al-Zahrani", "القحطاني", "العتيبي", "الحربي", "الغامدي", "الزهراني"];
    private static readonly char[] MobilePrefixes = ['0', '3', '4', '5', '6', '8', '9'];

    /// <summary>Writes <paramref name="rows"/> data rows to a file.</summary>
    /// <param name="path">The file to write (UTF-8, no byte-order mark, CRLF line endings).</param>
    /// <param name="rows">Data rows.</param>
    /// <param name="seed">The random seed.</param>
    public static void Write(string path, int rows, int seed = 20261203)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.NewLine = "\r\n";
        writer.WriteLine(Header);
        var random = new Random(seed);
        var written = 0;
        var account = 100000;
        var invoice = 1;
        var start = new DateOnly(2024, 1, 1);
        while (written < rows)
        {
            account++;
            var name = FirstNames[random.Next(FirstNames.Length)] + " " + FamilyNames[random.Next(FamilyNames.Length)];
            var mobile = Mobile(random);
            var items = Math.Min(rows - written, random.Next(1, 10));
            for (var i = 0; i < items; i++)
            {
                var issued = start.AddDays(random.Next(0, 700));
                var due = issued.AddDays(random.Next(0, 4) * 30);
                var amount = random.Next(1_000, 5_000_000); // halalas: SAR 10.00 – 50,000.00
                var open = random.Next(4) == 0 ? amount : random.Next(4) == 0 ? 0 : random.Next(0, amount);
                var amountText = random.Next(10) == 0
                    ? "\"" + (amount / 100m).ToString("#,0.00", CultureInfo.InvariantCulture) + "\""
                    : (amount / 100m).ToString("0.00", CultureInfo.InvariantCulture);
                writer.Write(account.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(name);
                writer.Write(',');
                writer.Write(mobile);
                writer.Write(',');
                writer.Write(invoice++.ToString("D10", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(amountText);
                writer.Write(',');
                writer.Write((open / 100m).ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.WriteLine(random.Next(50) == 0 ? "Yes" : "No");
                written++;
            }
        }
    }

    private static string Mobile(Random random)
    {
        var national = "5" + MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return random.Next(200) switch
        {
            0 => "05" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture), // too short: kept as invalid
            1 => "0" + national.Replace('5', '2'),                                   // not a Saudi mobile range: libphonenumber decides
            < 110 => "0" + national,
            < 150 => "+966" + national,
            < 170 => "966" + national,
            < 185 => "0" + national[..2] + " " + national[2..5] + " " + national[5..],
            _ => ToArabicIndic("0" + national),
        };
    }

    private static string ToArabicIndic(string digits) => string.Concat(digits.Select(d => (char)('\u0660' + (d - '0'))));
}
