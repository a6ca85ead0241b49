using System.Globalization;

namespace Collections.Kpi;

/// <summary>Promises falling due, payments, complaints and agent time.</summary>
public sealed partial class KpiAccumulator
{
    /// <summary>Counts one promise falling due.</summary>
    /// <param name="promise">The promise.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The promise is the <see langword="default"/> value, or its bucket code is not a bucket of the scope.</exception>
    public KpiAccumulator Add(in KpiPromiseDue promise) => Add(new ReadOnlySpan<KpiPromiseDue>(in promise));

    /// <summary>Counts promises falling due: kept, partially kept or broken from their amounts, by count and amount.</summary>
    /// <param name="promises">The promises.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">A promise is the <see langword="default"/> value, or its bucket code is not a bucket
    /// of the scope; the message names its position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">A sum (the amount promised, the count) would leave the range of 64-bit numbers.
    /// Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiPromiseDue> promises)
    {
        long promised = 0;
        for (var i = 0; i < promises.Length; i++)
        {
            if (promises[i].IsDefault)
            {
                throw Default("Promise", i, nameof(promises));
            }

            CheckBucket(promises[i].Key.Bucket, "Promise", i, nameof(promises));
            if (Scope.Contains(promises[i].DueDayNumber))
            {
                promised = BatchSum(promised, promises[i].PromisedMinorUnits, "promises", "amount promised");
            }
        }

        // The amount kept of a promise is at most the amount promised: checking the promised whole covers both.
        CheckCountFits(PromisesIn, promises.Length, "promises");
        _ = SumFits(Whole(_channels.Promises, KpiTally.PromisePromised, KpiTally.PromiseStride), promised, "promises", "amount promised");

        foreach (ref readonly var p in promises)
        {
            if (!Scope.Contains(p.DueDayNumber))
            {
                _counters[PromisesOut]++;
                continue;
            }

            _counters[PromisesIn]++;
            AddPromise(_channels, p.ChannelValue, in p);
            foreach (var tally in _tallies)
            {
                var code = CodeOf(tally, p.Key, p.Agent, p.Template);
                if (code >= 0)
                {
                    tally.Ensure(code);
                    AddPromise(tally, code, in p);
                }
            }
        }

        return this;
    }

    /// <summary>Counts one payment.</summary>
    /// <param name="payment">The payment.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The payment is the <see langword="default"/> value, or its bucket code is not a bucket of the scope.</exception>
    public KpiAccumulator Add(in KpiPayment payment) => Add(new ReadOnlySpan<KpiPayment>(in payment));

    /// <summary>Counts payments: the amount collected, and the paying accounts.</summary>
    /// <param name="payments">The payments.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">A payment is the <see langword="default"/> value, or its bucket code is not a bucket
    /// of the scope; the message names its position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">A sum (the amount collected, the count) would leave the range of 64-bit numbers.
    /// Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiPayment> payments)
    {
        var maxAccount = -1;
        long applied = 0;
        for (var i = 0; i < payments.Length; i++)
        {
            if (payments[i].IsDefault)
            {
                throw Default("Payment", i, nameof(payments));
            }

            CheckBucket(payments[i].Key.Bucket, "Payment", i, nameof(payments));
            maxAccount = Math.Max(maxAccount, payments[i].Account);
            if (Scope.Contains(payments[i].ValueDayNumber))
            {
                applied = BatchSum(applied, payments[i].AppliedMinorUnits, "payments", "amount collected");
            }
        }

        // Every payment sum (per code, per account) is part of the channel tally's whole.
        CheckCountFits(PaymentsIn, payments.Length, "payments");
        _ = SumFits(Whole(_channels.Payments, KpiTally.PaymentSum, KpiTally.PaymentStride), applied, "payments", "amount collected");
        EnsureCollected(maxAccount);
        foreach (ref readonly var p in payments)
        {
            if (!Scope.Contains(p.ValueDayNumber))
            {
                _counters[PaymentsOut]++;
                continue;
            }

            _counters[PaymentsIn]++;
            _collected[p.Account] += p.AppliedMinorUnits;
            AddPayment(_channels, 0, p.AppliedMinorUnits);
            foreach (var tally in _tallies)
            {
                var code = p.Key.CodeOf(tally.Dimension.Value);
                if (code >= 0)
                {
                    tally.Ensure(code);
                    AddPayment(tally, code, p.AppliedMinorUnits);
                }
            }
        }

        return this;
    }

    /// <summary>Counts one complaint.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The complaint is the <see langword="default"/> value, or its bucket code is not a bucket of the scope.</exception>
    public KpiAccumulator Add(in KpiComplaint complaint) => Add(new ReadOnlySpan<KpiComplaint>(in complaint));

    /// <summary>Counts complaints.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">A complaint is the <see langword="default"/> value, or its bucket code is not a bucket
    /// of the scope; the message names its position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">The count would leave the range of 64-bit numbers. Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiComplaint> complaints)
    {
        for (var i = 0; i < complaints.Length; i++)
        {
            if (complaints[i].IsDefault)
            {
                throw Default("Complaint", i, nameof(complaints));
            }

            CheckBucket(complaints[i].Key.Bucket, "Complaint", i, nameof(complaints));
        }

        CheckCountFits(ComplaintsIn, complaints.Length, "complaints");

        foreach (ref readonly var c in complaints)
        {
            if (!Scope.Contains(c.DayNumberValue))
            {
                _counters[ComplaintsOut]++;
                continue;
            }

            _counters[ComplaintsIn]++;
            _channels.Complaints[c.ChannelValue]++;
            foreach (var tally in _tallies)
            {
                var code = CodeOf(tally, c.Key, c.Agent, c.Template);
                if (code >= 0)
                {
                    tally.Ensure(code);
                    tally.Complaints[code]++;
                }
            }
        }

        return this;
    }

    /// <summary>Counts one agent's logged time on one day.</summary>
    /// <param name="agentTime">The fact.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The fact is the <see langword="default"/> value (no agent).</exception>
    public KpiAccumulator Add(in KpiAgentTime agentTime) => Add(new ReadOnlySpan<KpiAgentTime>(in agentTime));

    /// <summary>Counts agents' logged time (the denominator of RPCs per agent-hour).</summary>
    /// <param name="agentTimes">The facts.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">A fact is the <see langword="default"/> value (no agent); the message names its
    /// position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">A sum (the logged seconds, the count) would leave the range of 64-bit numbers.
    /// Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiAgentTime> agentTimes)
    {
        long seconds = 0;
        for (var i = 0; i < agentTimes.Length; i++)
        {
            if (agentTimes[i].Agent == 0)
            {
                throw Default("Agent time", i, nameof(agentTimes));
            }

            if (Scope.Contains(agentTimes[i].DayNumberValue))
            {
                seconds = BatchSum(seconds, agentTimes[i].LoggedSeconds, "agent times", "logged seconds");
            }
        }

        CheckCountFits(AgentTimesIn, agentTimes.Length, "agent times");
        _ = SumFits(Whole(_channels.AgentSeconds, 0, 1), seconds, "agent times", "logged seconds");

        var agents = TallyFor(KpiDimension.Agent);
        foreach (ref readonly var t in agentTimes)
        {
            if (!Scope.Contains(t.DayNumberValue))
            {
                _counters[AgentTimesOut]++;
                continue;
            }

            _counters[AgentTimesIn]++;
            _channels.AgentSeconds[0] = checked(_channels.AgentSeconds[0] + t.LoggedSeconds);
            if (agents is not null)
            {
                agents.Ensure(t.Agent);
                agents.AgentSeconds[t.Agent] = checked(agents.AgentSeconds[t.Agent] + t.LoggedSeconds);
            }
        }

        return this;
    }

    private static int CodeOf(KpiTally tally, KpiKey key, ushort agent, ushort template) => tally.Dimension.Value switch
    {
        KpiDimension.AgentValue => agent,
        KpiDimension.TemplateValue => template,
        var value => key.CodeOf(value),
    };

    private static void AddPromise(KpiTally tally, int code, in KpiPromiseDue p)
    {
        var at = code * KpiTally.PromiseStride;
        var counts = tally.Promises;
        counts[at + KpiTally.PromiseDue]++;
        if (p.IsKept)
        {
            counts[at + KpiTally.PromiseKept]++;
        }
        else if (p.IsPartiallyKept)
        {
            counts[at + KpiTally.PromisePartial]++;
        }

        counts[at + KpiTally.PromisePromised] = checked(counts[at + KpiTally.PromisePromised] + p.PromisedMinorUnits);
        counts[at + KpiTally.PromiseKeptAmount] = checked(counts[at + KpiTally.PromiseKeptAmount] + p.KeptMinorUnits);
    }

    private static void AddPayment(KpiTally tally, int code, long applied)
    {
        var at = code * KpiTally.PaymentStride;
        tally.Payments[at + KpiTally.PaymentCount]++;
        tally.Payments[at + KpiTally.PaymentSum] = checked(tally.Payments[at + KpiTally.PaymentSum] + applied);
    }

    private static ArgumentException Default(string fact, int index, string parameterName) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{fact} {index} is a default value; create facts with their constructor."), parameterName);
}
