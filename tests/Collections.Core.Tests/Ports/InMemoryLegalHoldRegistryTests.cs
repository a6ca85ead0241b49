using Collections.Core.InMemory;

namespace Collections.Core.Tests.Ports;

/// <summary>The in-memory legal-hold registry: holds are placed and lifted by reference, idempotently.</summary>
public sealed class InMemoryLegalHoldRegistryTests
{
    private static readonly AccountId Account = new("ACC-1");
    private static readonly Instant Placed = Instant.FromUtc(2026, 3, 1, 9, 0);
    private static readonly Instant Lifted = Instant.FromUtc(2026, 4, 1, 9, 0);

    [Fact]
    public async Task PlaceAsync_ThenLiftAsync_HoldsFromPlacementUntilTheLift()
    {
        var registry = new InMemoryLegalHoldRegistry();
        var token = TestContext.Current.CancellationToken;

        await registry.PlaceAsync(Account, "case-1", Placed, token);
        Assert.True(registry.IsHeld(Account, Placed));
        Assert.False(registry.IsHeld(Account, Placed - Duration.Epsilon));
        Assert.True(registry.IsHeld(Account, Lifted));

        await registry.LiftAsync(Account, "case-1", Lifted, token);
        Assert.True(registry.IsHeld(Account, Lifted - Duration.Epsilon));
        Assert.False(registry.IsHeld(Account, Lifted));
        Assert.Equal([new LegalHoldPeriod("case-1", Placed, Lifted)], registry.HoldsOn(Account));
    }

    [Fact]
    public async Task PlaceAsync_Twice_KeepsOneHold_AndLiftingAnUnknownReferenceChangesNothing()
    {
        var registry = new InMemoryLegalHoldRegistry();
        var token = TestContext.Current.CancellationToken;

        await registry.PlaceAsync(Account, "case-1", Placed, token);
        await registry.PlaceAsync(Account, "case-1", Placed + Duration.FromDays(1), token);
        await registry.LiftAsync(Account, "case-2", Lifted, token);
        await registry.LiftAsync(new AccountId("ACC-2"), "case-1", Lifted, token);

        Assert.Equal([new LegalHoldPeriod("case-1", Placed, null)], registry.HoldsOn(Account));
        Assert.Empty(registry.HoldsOn(new AccountId("ACC-2")));
    }

    [Fact]
    public async Task PlaceAsync_AfterALift_OpensANewHold()
    {
        var registry = new InMemoryLegalHoldRegistry();
        var token = TestContext.Current.CancellationToken;

        await registry.PlaceAsync(Account, "case-1", Placed, token);
        await registry.LiftAsync(Account, "case-1", Lifted, token);
        await registry.PlaceAsync(Account, "case-1", Lifted + Duration.FromDays(10), token);

        Assert.Equal(2, registry.HoldsOn(Account).Count);
        Assert.False(registry.IsHeld(Account, Lifted + Duration.FromDays(5)));
        Assert.True(registry.IsHeld(Account, Lifted + Duration.FromDays(10)));
    }

    [Fact]
    public async Task PlaceAsync_WithoutAReference_NamesTheArgument()
    {
        var registry = new InMemoryLegalHoldRegistry();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => registry.PlaceAsync(Account, " ", Placed, TestContext.Current.CancellationToken));

        Assert.Equal("reference", exception.ParamName);
    }
}
