using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Money collected for an account: the amount applied to the debt and its value date.</summary>
/// <remarks>
/// <para>The amount is what was applied to the debt (docs/kpi-definitions.md conventions: unapplied overpayments, credit notes
/// and write-offs are not collections). Pass payments as known at the evaluation date: a reversed payment is left out.
/// A payment counts in the period its value date falls in. Amounts are minor units of the accumulator's currency.</para>
/// </remarks>
public readonly record struct KpiPayment
{
    private readonly int _account;
    private readonly int _valueDay;
    private readonly long _applied;

    /// <summary>Creates a payment fact.</summary>
    /// <param name="account">The account's dense index (0 or more).</param>
    /// <param name="valueDate">The value date.</param>
    /// <param name="appliedMinorUnits">The amount applied to the debt, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative account or an amount not above zero.</exception>
    public KpiPayment(int account, LocalDate valueDate, long appliedMinorUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(account);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(appliedMinorUnits);
        _account = account;
        _valueDay = DayNumber.Of(valueDate);
        _applied = appliedMinorUnits;
    }

    /// <summary>The account's dense index.</summary>
    public int Account => _account;

    /// <summary>The value date.</summary>
    public LocalDate ValueDate => DayNumber.ToDate(_valueDay);

    /// <summary>The amount applied to the debt, in minor units.</summary>
    public long AppliedMinorUnits => _applied;

    /// <summary>The account's breakdown codes on the value date.</summary>
    public KpiKey Key { get; init; }

    internal int ValueDayNumber => _valueDay;

    internal bool IsDefault => _applied == 0;

    /// <summary>Describes the payment in the invariant culture.</summary>
    /// <returns>For example <c>payment to account 7 on 2026-03-05: 50000</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"payment to account {_account} on {ValueDate:uuuu-MM-dd}: {_applied}");
}
