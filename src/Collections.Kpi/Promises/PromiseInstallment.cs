using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>One part of a promise or payment plan: an amount due on a date.</summary>
/// <remarks>A promise of one amount on one date has a single installment.</remarks>
public readonly record struct PromiseInstallment
{
    /// <summary>Creates an installment.</summary>
    /// <param name="dueOn">The date by which the amount is promised (the grace days run from it).</param>
    /// <param name="amount">The amount promised; greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency.</exception>
    public PromiseInstallment(LocalDate dueOn, Money amount)
    {
        if (!amount.Currency.IsSpecified)
        {
            throw new ArgumentException("An installment's amount needs a currency.", nameof(amount));
        }

        if (!amount.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An installment's amount must be greater than zero.");
        }

        DueOn = dueOn;
        Amount = amount;
    }

    /// <summary>The date by which the amount is promised.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The amount promised.</summary>
    public Money Amount { get; }

    /// <summary>Splits a total into equal installments at a fixed interval; the parts always sum to the total.</summary>
    /// <remarks>The total is split with <see cref="Money.Allocate"/>: minor units that do not divide evenly go one each to the
    /// earliest installments (SAR 1,000.00 in 3 → 333.34, 333.33, 333.33).</remarks>
    /// <param name="total">The total; greater than zero and at least one minor unit per installment.</param>
    /// <param name="count">How many installments (1 or more).</param>
    /// <param name="firstDueOn">The first installment's due date.</param>
    /// <param name="interval">The time between due dates, for example <c>Period.FromMonths(1)</c>; a positive date period.</param>
    /// <returns>The installments in due-date order.</returns>
    /// <exception cref="ArgumentException">The total, count or interval is not usable; every violation listed, <see cref="ArgumentException.ParamName"/> the first argument at fault.</exception>
    public static ImmutableArray<PromiseInstallment> EqualParts(Money total, int count, LocalDate firstDueOn, Period interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var violations = new List<string>();
        string? firstAtFault = null;
        void Refuse(string parameterName, string violation)
        {
            firstAtFault ??= parameterName;
            violations.Add(violation);
        }

        if (count < 1)
        {
            Refuse(nameof(count), $"count is {count}; at least one installment is needed");
        }

        if (!total.Currency.IsSpecified || !total.IsPositive)
        {
            Refuse(nameof(total), $"the total ({total}) must be greater than zero and have a currency");
        }
        else if (count >= 1 && total.MinorUnits < count)
        {
            Refuse(nameof(total), $"the total ({total}) is less than one minor unit per installment");
        }

        if (interval.HasTimeComponent || !AdvancesDate(firstDueOn, interval))
        {
            Refuse(nameof(interval), $"the interval ({interval}) must be a positive period of days, weeks, months or years");
        }

        if (firstAtFault is not null)
        {
            throw new ArgumentException("Cannot split into installments: " + string.Join("; ", violations) + ".", firstAtFault);
        }

        var parts = total.Allocate(Enumerable.Repeat(1m, count).ToArray());
        var builder = ImmutableArray.CreateBuilder<PromiseInstallment>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(new PromiseInstallment(firstDueOn.Plus(Times(interval, i)), parts[i]));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The interval taken <paramref name="times"/> times, so that month ends do not drift (31 Jan + 2 months is 31 Mar).</summary>
    private static Period Times(Period interval, int times) => new PeriodBuilder
    {
        Years = checked(interval.Years * times),
        Months = checked(interval.Months * times),
        Weeks = checked(interval.Weeks * times),
        Days = checked(interval.Days * times),
    }.Build();

    private static bool AdvancesDate(LocalDate date, Period interval)
    {
        try
        {
            return DayNumber.Of(date.Plus(interval)) > DayNumber.Of(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
