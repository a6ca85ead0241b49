using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A promise to pay that falls due: when it was made and due, what was promised and what was paid towards it
/// within its grace days — the input of the PTP kept rates.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: kept = payments allocated between the promise's creation and its due date + grace days
/// (default 3) reach the promised amount; partially kept = some but not all; broken = nothing. The promise evaluation
/// decides <see cref="PaidWithinGraceMinorUnits"/> (value dates, grace, reversals); this fact classifies from the two
/// amounts only, exactly: kept when paid ≥ promised, partially kept when 0 &lt; paid &lt; promised, broken when paid = 0.
/// By amount, a promise counts min(paid, promised) of its promised amount.</para>
/// <para>A promise counts in the period its due date falls in. Amounts are minor units of the accumulator's currency.</para>
/// </remarks>
public readonly partial record struct KpiPromiseDue
{
    private readonly int _account;
    private readonly int _createdDay;
    private readonly int _dueDay;
    private readonly long _promised;
    private readonly long _paid;
    private readonly ushort _agent;
    private readonly ushort _template;
    private readonly byte _channel;

    /// <summary>Creates a promise fact.</summary>
    /// <param name="account">The account's dense index (0 or more).</param>
    /// <param name="createdOn">The day the promise was made.</param>
    /// <param name="dueOn">The day it falls due (on or after <paramref name="createdOn"/>).</param>
    /// <param name="promisedMinorUnits">The amount promised, greater than zero.</param>
    /// <param name="paidWithinGraceMinorUnits">The amount paid towards it between creation and due date + grace, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative account, a promised amount not above zero, a negative paid
    /// amount, or a due date before the creation date.</exception>
    public KpiPromiseDue(int account, LocalDate createdOn, LocalDate dueOn, long promisedMinorUnits, long paidWithinGraceMinorUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(account);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(promisedMinorUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(paidWithinGraceMinorUnits);
        var created = DayNumber.Of(createdOn);
        var due = DayNumber.Of(dueOn);
        if (due < created)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dueOn), dueOn, string.Create(CultureInfo.InvariantCulture, $"A promise cannot fall due ({dueOn:uuuu-MM-dd}) before it was made ({createdOn:uuuu-MM-dd})."));
        }

        _account = account;
        _createdDay = created;
        _dueDay = due;
        _promised = promisedMinorUnits;
        _paid = paidWithinGraceMinorUnits;
    }

    /// <summary>The account's dense index.</summary>
    public int Account => _account;

    /// <summary>The day the promise was made.</summary>
    public LocalDate CreatedOn => DayNumber.ToDate(_createdDay);

    /// <summary>The day it falls due.</summary>
    public LocalDate DueOn => DayNumber.ToDate(_dueDay);

    /// <summary>The amount promised, in minor units.</summary>
    public long PromisedMinorUnits => _promised;

    /// <summary>The amount paid within grace, in minor units (may exceed the promise).</summary>
    public long PaidWithinGraceMinorUnits => _paid;

    /// <summary>The amount kept: min(paid, promised), in minor units.</summary>
    public long KeptMinorUnits => Math.Min(_paid, _promised);

    /// <summary>Whether the promise was kept: the paid amount reached the promised amount.</summary>
    public bool IsKept => _promised > 0 && _paid >= _promised;

    /// <summary>Whether the promise was partially kept: something but not all was paid.</summary>
    public bool IsPartiallyKept => _paid > 0 && _paid < _promised;

    /// <summary>Whether the promise was broken: nothing was paid within grace.</summary>
    public bool IsBroken => _promised > 0 && _paid == 0;

    /// <summary>The account's breakdown codes when the promise was made.</summary>
    public KpiKey Key { get; init; }

    /// <summary>The channel that obtained the promise, or <see langword="null"/> when not given.</summary>
    public Channel? Channel
    {
        get => _channel == 0 ? null : Collections.Core.Channel.All[_channel - 1];
        init => _channel = value is null ? (byte)0 : (byte)value.Value;
    }

    /// <summary>The code of the agent who obtained it (0 = not given).</summary>
    public ushort Agent { get => _agent; init => _agent = value; }

    /// <summary>The code of the template that obtained it (0 = not given).</summary>
    public ushort Template { get => _template; init => _template = value; }

    internal int DueDayNumber => _dueDay;

    internal int ChannelValue => _channel;

    internal bool IsDefault => _promised == 0;

    /// <summary>Describes the promise in the invariant culture.</summary>
    /// <returns>For example <c>promise of account 7 due 2026-03-05: 500 of 1000 paid</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"promise of account {_account} due {DueOn:uuuu-MM-dd}: {_paid} of {_promised} paid");
}
