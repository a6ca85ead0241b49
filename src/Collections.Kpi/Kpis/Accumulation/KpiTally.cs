namespace Collections.Kpi;

/// <summary>The counters of one breakdown dimension, per code, in flat <see cref="long"/> arrays.</summary>
/// <remarks>
/// Per code: attempts per <see cref="AttemptClass"/> slot (count, handle seconds, cost); promises falling due
/// (<see cref="PromiseWidth"/> fields); complaints; payments (count, sum); accounts (<see cref="AccountWidth"/> fields);
/// agent seconds. The channel tally (codes = channel values, 0 for facts without a channel) is the whole: its codes
/// summed. All sums are whole numbers, so merging adds exactly.
/// </remarks>
internal sealed class KpiTally
{
    public const int AttemptStride = AttemptClass.Stride;

    // Promise fields.
    public const int PromiseDue = 0;
    public const int PromiseKept = 1;
    public const int PromisePartial = 2;
    public const int PromisePromised = 3;
    public const int PromiseKeptAmount = 4;
    public const int PromiseWidth = 5;
    public const int PromiseStride = PromiseWidth;

    public const int ComplaintStride = 1;

    public const int PaymentCount = 0;
    public const int PaymentSum = 1;
    public const int PaymentStride = 2;

    // Account fields.
    public const int AccountFacts = 0;
    public const int AccountInventory = 1;
    public const int AccountPlacedBalance = 2;
    public const int AccountResolvedBase = 2; // + resolution value 1..3: paid in full 3, settled 4, payment plan 5
    public const int AccountDelinquentAtStart = 6;
    public const int AccountCured = 7;
    public const int AccountRollBase = 8;
    public const int AccountRolledForward = 9;
    public const int AccountRollBaseBalance = 10;
    public const int AccountRolledForwardBalance = 11;
    public const int AccountWidth = 12;

    public KpiTally(KpiDimension dimension, int capacity = 1)
    {
        Dimension = dimension;
        Capacity = Math.Max(1, capacity);
        Attempts = new long[Capacity * AttemptStride];
        Promises = new long[Capacity * PromiseStride];
        Complaints = new long[Capacity * ComplaintStride];
        Payments = new long[Capacity * PaymentStride];
        Accounts = new long[Capacity * AccountWidth];
        AgentSeconds = new long[Capacity];
    }

    /// <summary>The dimension.</summary>
    public KpiDimension Dimension { get; }

    /// <summary>Codes 0..Capacity − 1 have counters.</summary>
    public int Capacity { get; private set; }

    public long[] Attempts { get; private set; }

    public long[] Promises { get; private set; }

    public long[] Complaints { get; private set; }

    public long[] Payments { get; private set; }

    public long[] Accounts { get; private set; }

    public long[] AgentSeconds { get; private set; }

    /// <summary>Makes room for a code (doubling, so that growth is rare).</summary>
    public void Ensure(int code)
    {
        if (code < Capacity)
        {
            return;
        }

        Resize(Math.Max(code + 1, Math.Min(Capacity * 2, ushort.MaxValue + 1)));
    }

    public void Resize(int capacity)
    {
        var attempts = Attempts;
        var promises = Promises;
        var complaints = Complaints;
        var payments = Payments;
        var accounts = Accounts;
        var agentSeconds = AgentSeconds;
        Array.Resize(ref attempts, capacity * AttemptStride);
        Array.Resize(ref promises, capacity * PromiseStride);
        Array.Resize(ref complaints, capacity * ComplaintStride);
        Array.Resize(ref payments, capacity * PaymentStride);
        Array.Resize(ref accounts, capacity * AccountWidth);
        Array.Resize(ref agentSeconds, capacity);
        (Attempts, Promises, Complaints, Payments, Accounts, AgentSeconds) = (attempts, promises, complaints, payments, accounts, agentSeconds);
        Capacity = capacity;
    }

    /// <summary>Adds another tally of the same dimension into this one.</summary>
    public void Add(KpiTally other)
    {
        if (other.Capacity > Capacity)
        {
            Resize(other.Capacity);
        }

        AddInto(Attempts, other.Attempts);
        AddInto(Promises, other.Promises);
        AddInto(Complaints, other.Complaints);
        AddInto(Payments, other.Payments);
        AddInto(Accounts, other.Accounts);
        AddInto(AgentSeconds, other.AgentSeconds);
    }

    /// <summary>Zeroes every counter, keeping the capacity.</summary>
    public void Clear()
    {
        Array.Clear(Attempts);
        Array.Clear(Promises);
        Array.Clear(Complaints);
        Array.Clear(Payments);
        Array.Clear(Accounts);
        Array.Clear(AgentSeconds);
    }

    /// <summary>One more than the highest code with any non-zero counter (at least 1): the canonical capacity.</summary>
    public int UsedCapacity()
    {
        for (var code = Capacity - 1; code > 0; code--)
        {
            if (AnyNonZero(Attempts, code, AttemptStride) || AnyNonZero(Promises, code, PromiseStride) || AnyNonZero(Complaints, code, ComplaintStride)
                || AnyNonZero(Payments, code, PaymentStride) || AnyNonZero(Accounts, code, AccountWidth) || AgentSeconds[code] != 0)
            {
                return code + 1;
            }
        }

        return 1;
    }

    public KpiTally Clone()
    {
        var copy = new KpiTally(Dimension, Capacity);
        Attempts.CopyTo(copy.Attempts, 0);
        Promises.CopyTo(copy.Promises, 0);
        Complaints.CopyTo(copy.Complaints, 0);
        Payments.CopyTo(copy.Payments, 0);
        Accounts.CopyTo(copy.Accounts, 0);
        AgentSeconds.CopyTo(copy.AgentSeconds, 0);
        return copy;
    }

    private static bool AnyNonZero(long[] values, int code, int stride) =>
        values.AsSpan(code * stride, stride).IndexOfAnyExcept(0L) >= 0;

    private static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = checked(target[i] + source[i]);
        }
    }
}
