using System.Globalization;
using Collections.Core;
using NodaTime;
using NodaTime.Text;
using PhoneNumbers;

namespace Collections.Benchmarks.Intake;

/// <summary>The baseline: the same ledger read the plain way (File.ReadLines, LINQ, decimal.Parse, NodaTime patterns,
/// libphonenumber for every number), building the same checked portfolio.</summary>
/// <remarks>It validates what a careful hand-written import would (the file's own columns, duplicate invoices, dates that
/// parse) but has none of the library's report, Arabic normalisation or encoding checks.</remarks>
public static class PlainLinqLedgerReader
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Reads the generated ledger file.</summary>
    /// <param name="path">A file written by <see cref="LedgerCsvGenerator"/>.</param>
    /// <returns>The portfolio.</returns>
    public static Portfolio Read(string path)
    {
        var rows = File.ReadLines(path)
            .Skip(1)
            .Select(Split)
            .Select(f => new
            {
                Account = f[0],
                Name = f[1],
                Mobile = Normalise(f[2]),
                Invoice = f[3],
                Issued = LocalDatePattern.Iso.Parse(f[4]).GetValueOrThrow(),
                Due = LocalDatePattern.Iso.Parse(f[5]).GetValueOrThrow(),
                Amount = decimal.Parse(f[6], NumberStyles.Number, CultureInfo.InvariantCulture),
                Open = decimal.Parse(f[7], NumberStyles.Number, CultureInfo.InvariantCulture),
                Disputed = f[8] == "Yes",
            })
            .ToList();

        var duplicates = rows.GroupBy(r => r.Invoice).Count(g => g.Count() > 1);
        if (duplicates > 0)
        {
            throw new InvalidDataException($"{duplicates} duplicate invoice numbers.");
        }

        var sar = Currency.SaudiRiyal;
        var builder = new PortfolioBuilder(new CreditorId("bench"));
        foreach (var account in rows.GroupBy(r => r.Account))
        {
            var first = account.First();
            var contacts = account.Select(r => r.Mobile).Distinct()
                .Select((m, i) => new ContactPoint(new ContactPointId($"{first.Account}/mobile/{i + 1}"), ContactPointKind.Mobile, m.Value, m.Valid ? ContactPointStatus.Valid : ContactPointStatus.Invalid));
            builder.AddDebtor(new Debtor(new DebtorId(first.Account)) { Name = first.Name, ContactPoints = [.. contacts] });
            builder.AddAccount(new Account(new AccountId(first.Account), new DebtorId(first.Account), sar));
        }

        foreach (var row in rows)
        {
            builder.AddItem(new ReceivableItem(new ItemId(row.Invoice), new AccountId(row.Account), row.Issued, row.Due, Money.Of(row.Amount, sar))
            {
                OpenAmount = Money.Of(row.Open, sar),
                IsDisputed = row.Disputed,
            });
        }

        return builder.Build();
    }

    private static (string Value, bool Valid) Normalise(string text)
    {
        try
        {
            var number = Phones.Parse(text, "SA");
            return Phones.IsValidNumber(number) ? (Phones.Format(number, PhoneNumberFormat.E164), true) : (text, false);
        }
        catch (NumberParseException)
        {
            return (text, false);
        }
    }

    /// <summary>Splits a CSV line, honouring double quotes (the generator quotes amounts with thousands separators).</summary>
    private static string[] Split(string line)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
