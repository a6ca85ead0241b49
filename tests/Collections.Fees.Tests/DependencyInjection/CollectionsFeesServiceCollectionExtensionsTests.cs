using Collections.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.DependencyInjection;

public sealed class CollectionsFeesServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCollectionsFees_SchedulesInCodeAndFiles_CatalogueAndIssuerResolve()
    {
        var file = Path.Combine(Path.GetTempPath(), "fees-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, FeeScheduleJson.Write(Flat(20m, track: CollectionTrack.Legal)), TestContext.Current.CancellationToken);
        try
        {
            await using var provider = new ServiceCollection()
                .AddCollectionsFees(fees => fees.AddSchedule(Amicable()).AddScheduleFile(file))
                .BuildServiceProvider();

            var catalog = provider.GetRequiredService<FeeScheduleCatalog>();
            Assert.True(catalog.TryGet(Creditor, CollectionTrack.Legal, out var legal));
            Assert.Equal(20m, legal.Tiers[0].Percent);
            Assert.Equal(2, catalog.Schedules.Length);
            var statement = FeeStatement.Calculate(Request("JAN", Amicable(), January));
            await provider.GetRequiredService<FeeStatementIssuer>().IssueAsync(statement, new AuditActor("system:fees"), TestContext.Current.CancellationToken);
            Assert.Equal(1, (await provider.GetRequiredService<AuditTrail>().ReadHeadAsync(TestContext.Current.CancellationToken)).Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AddCollectionsFees_TwoSchedulesForOneTrack_FailsAtRegistration()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCollectionsFees(fees => fees.AddSchedule(Amicable()).AddSchedule(Flat(10m))));

        Assert.Contains("both for creditor ACME-BANK on the amicable track", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCollectionsFees_ABrokenScheduleFile_FailsAtRegistrationNamingTheField()
    {
        var file = Path.Combine(Path.GetTempPath(), "fees-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "schedule": "s", "creditor": "c", "track": "amicable", "currency": "SAR", "tiers": [ { "code": "A", "age": { "min": 1 }, "percent": 5 } ] }""");
        try
        {
            var error = Assert.Throws<FeeScheduleException>(() => new ServiceCollection().AddCollectionsFees(fees => fees.AddScheduleFile(file)));

            Assert.Equal(file, error.ScheduleSource);
            Assert.Equal("$.tiers[0].age", Assert.Single(error.Violations).Field);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
