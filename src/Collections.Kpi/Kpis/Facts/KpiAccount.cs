using System.Globalization;

namespace Collections.Kpi;

/// <summary>One account's standing over the period: inventory, balance placed, resolution at the end, and its roll state
/// (delinquency) at the start and at the end — the input of the account-level KPIs.</summary>
/// <remarks>
/// <para>Used by contact coverage (penetration), the paying accounts rate, the resolution rate and the liquidation rate
/// (over the period's inventory: in inventory at the start plus placed during it), and by the cure and roll rates (over
/// accounts with a known state at the start and at the end, as <see cref="RollRateMatrix"/> counts them).</para>
/// <para>Each account is added once per accumulator; partitions must not repeat an account (merging refuses it).
/// Amounts are minor units of the accumulator's currency.</para>
/// <para><see cref="Key"/>'s bucket is the account's aging bucket at the start of the period. When it is not given and
/// <see cref="StartState"/> is a bucket, that bucket is used; when both are given they must agree.</para>
/// </remarks>
public readonly record struct KpiAccount
{
    private readonly int _account;
    private readonly InventoryStatus? _inventory;
    private readonly AccountResolution? _resolution;
    private readonly long _placedBalance;

    /// <summary>Creates an account fact.</summary>
    /// <param name="account">The account's dense index (0 or more).</param>
    /// <param name="inventory">Whether it is in the period's inventory.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="account"/> is negative.</exception>
    public KpiAccount(int account, InventoryStatus inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentOutOfRangeException.ThrowIfNegative(account);
        _account = account;
        _inventory = inventory;
    }

    /// <summary>The account's dense index.</summary>
    public int Account => _account;

    /// <summary>Whether it is in the period's inventory.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value.</exception>
    public InventoryStatus Inventory => _inventory ?? throw new InvalidOperationException("A default KpiAccount has no inventory status.");

    /// <summary>The account's breakdown codes at the start of the period.</summary>
    public KpiKey Key { get; init; }

    /// <summary>The balance placed with the collector, in minor units (the liquidation rate's denominator).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public long PlacedBalanceMinorUnits
    {
        get => _placedBalance;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _placedBalance = value;
        }
    }

    /// <summary>How it stands at the end of the period; <see cref="AccountResolution.Unresolved"/> unless given.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AccountResolution Resolution
    {
        get => _resolution ?? AccountResolution.Unresolved;
        init => _resolution = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Its roll state at the start of the period, or <see langword="null"/> when it was not observed then
    /// (for example placed during the period).</summary>
    public RollState? StartState { get; init; }

    /// <summary>Its roll state at the end of the period, or <see langword="null"/> when it was not observed then
    /// (for example recalled during the period).</summary>
    public RollState? EndState { get; init; }

    /// <summary>Its balance at the start of the period, in minor units: the weight of its roll (only a positive balance counts).</summary>
    public long BalanceAtStartMinorUnits { get; init; }

    /// <summary>Its balance at the end of the period, in minor units: the weight of an account that entered (only a positive balance counts).</summary>
    public long BalanceAtEndMinorUnits { get; init; }

    internal bool IsDefault => _inventory is null;

    /// <summary>Describes the account in the invariant culture.</summary>
    /// <returns>For example <c>account 7 (at_start): 1-30 → current, unresolved</c>.</returns>
    public override string ToString() => _inventory is null
        ? "account (default: no inventory status)"
        : string.Create(CultureInfo.InvariantCulture, $"account {_account} ({_inventory.Code}): {StartState?.Label ?? "?"} → {EndState?.Label ?? "?"}, {Resolution.Code}");
}
