using System.Globalization;
using Collections.TestKit;
using NodaTime.Text;

namespace Collections.Aging.Tests.RealData;

/// <summary>Reads the two bundled public datasets into plain rows and into portfolios (a minimal reader: both files are plain, unquoted CSV).</summary>
internal static class RealDatasets
{
    public static readonly Currency Twd = Currency.FromCode("TWD");

    /// <summary>The IBM file states no currency: XXX is ISO 4217's "no currency", declared with 2 decimals.</summary>
    public static readonly Currency NoCurrency = Currency.Create("XXX", 2);

    /// <summary>The UCI months, index 0 = September 2005 (PAY_0, BILL_AMT1, PAY_AMT1) … 5 = April 2005 (PAY_6, BILL_AMT6, PAY_AMT6).</summary>
    public static readonly YearMonth[] UciMonths = [.. Enumerable.Range(0, 6).Select(i => new YearMonth(2005, 9 - i))];

    private static readonly Lazy<List<UciRow>> LazyUci = new(ReadUci);
    private static readonly Lazy<List<IbmRow>> LazyIbm = new(ReadIbm);

    public static List<UciRow> Uci => LazyUci.Value;

    public static List<IbmRow> Ibm => LazyIbm.Value;

    public static Portfolio UciPortfolio()
    {
        var builder = new PortfolioBuilder(new CreditorId("uci"));
        foreach (var row in Uci)
        {
            builder.AddDebtor(new Debtor(new DebtorId("D" + row.Id)));
            builder.AddAccount(new Account(new AccountId(row.Id), new DebtorId("D" + row.Id), Twd));
            for (var m = 0; m < 6; m++)
            {
                builder.AddSnapshot(new AccountSnapshot(new AccountId(row.Id), UciMonths[m], DaysPastDue.FromMonthsPastDue(row.Status[m]), Money.FromMinorUnits(row.Bill[m] * 100, Twd))
                {
                    Payment = Money.FromMinorUnits(row.Paid[m] * 100, Twd),
                    ReportedStatus = row.Status[m].ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        return builder.Build();
    }

    public static Portfolio IbmPortfolio()
    {
        var builder = new PortfolioBuilder(new CreditorId("ibm"));
        foreach (var customer in Ibm.Select(r => r.Customer).Distinct())
        {
            builder.AddDebtor(new Debtor(new DebtorId(customer)));
            builder.AddAccount(new Account(new AccountId(customer), new DebtorId(customer), NoCurrency));
        }

        foreach (var row in Ibm)
        {
            builder.AddItem(new ReceivableItem(new ItemId(row.Invoice), new AccountId(row.Customer), row.InvoiceDate, row.DueDate, Money.FromMinorUnits(row.AmountMinorUnits, NoCurrency))
            {
                SettledOn = row.SettledDate,
                IsDisputed = row.Disputed,
            });
        }

        return builder.Build();
    }

    private static List<UciRow> ReadUci()
    {
        var lines = File.ReadAllLines(RepositoryFiles.UciCreditCard);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        string[] status = ["PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"];
        var statusColumns = status.Select(Column).ToArray();
        var billColumns = Enumerable.Range(1, 6).Select(i => Column("BILL_AMT" + i)).ToArray();
        var paidColumns = Enumerable.Range(1, 6).Select(i => Column("PAY_AMT" + i)).ToArray();
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return new UciRow(
                cells[Column("ID")],
                [.. statusColumns.Select(c => (int)Number(cells[c]))],
                [.. billColumns.Select(c => Number(cells[c]))],
                [.. paidColumns.Select(c => Number(cells[c]))]);
        })];
    }

    private static List<IbmRow> ReadIbm()
    {
        var lines = File.ReadAllLines(RepositoryFiles.IbmReceivables);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var date = LocalDatePattern.CreateWithInvariantCulture("M/d/uuuu");
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return new IbmRow(
                cells[Column("customerID")],
                cells[Column("invoiceNumber")],
                date.Parse(cells[Column("InvoiceDate")]).Value,
                date.Parse(cells[Column("DueDate")]).Value,
                decimal.ToInt64(decimal.Parse(cells[Column("InvoiceAmount")], NumberStyles.Float, CultureInfo.InvariantCulture) * 100),
                cells[Column("Disputed")] == "Yes",
                date.Parse(cells[Column("SettledDate")]).Value);
        })];
    }

    // Whole numbers, some written like 5e+05 (see the data README): parse as a decimal float, then convert.
    private static long Number(string text) => decimal.ToInt64(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    internal sealed record UciRow(string Id, int[] Status, long[] Bill, long[] Paid);

    internal sealed record IbmRow(string Customer, string Invoice, LocalDate InvoiceDate, LocalDate DueDate, long AmountMinorUnits, bool Disputed, LocalDate SettledDate);
}
