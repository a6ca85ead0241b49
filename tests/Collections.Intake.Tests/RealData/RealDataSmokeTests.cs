using Collections.TestKit;

namespace Collections.Intake.Tests.RealData;

public sealed class RealDataSmokeTests
{
    [Fact]
    public async Task Smoke()
    {
        for (var i = 0; i < 3; i++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var uci = await PortfolioFileReader.ReadAsync(RepositoryFiles.UciCreditCard, IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "uci-credit-card.mapping.json")) with { AccountFields = [] }, cancellationToken: TestContext.Current.CancellationToken);
            var t1 = sw.ElapsedMilliseconds;
            var ibm = await PortfolioFileReader.ReadAsync(RepositoryFiles.IbmReceivables, IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "ibm-receivables.mapping.json")), cancellationToken: TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper!.WriteLine($"uci {t1} ms, ibm {sw.ElapsedMilliseconds - t1} ms");
        }
    }
}
