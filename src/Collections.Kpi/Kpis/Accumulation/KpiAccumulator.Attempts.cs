using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Collections.Kpi;

/// <summary>Attempts: the hot path (tens of millions per run).</summary>
public sealed partial class KpiAccumulator
{
    // Attempts are applied in chunks that stay in the CPU's first-level cache while each breakdown reads them again.
    private const int AttemptChunk = 1024;

    // Calls up to this many attempts are checked whole before anything is counted; larger ones chunk by chunk.
    private const int CheckedWhole = 16 * AttemptChunk;

    private interface IAttemptCode
    {
        static abstract int Of(in KpiAttempt attempt);
    }

    private interface ISign
    {
        static abstract int Value { get; }
    }

    /// <summary>Counts one attempt.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The attempt is the <see langword="default"/> value (no channel), or its bucket code
    /// is not a bucket of the scope's bucket set.</exception>
    public KpiAccumulator Add(in KpiAttempt attempt) => Add(new ReadOnlySpan<KpiAttempt>(in attempt));

    /// <summary>Counts attempts (the fast path: no allocation per attempt).</summary>
    /// <param name="attempts">The attempts.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">An attempt is the <see langword="default"/> value (no channel), or its bucket code is
    /// not a bucket of the scope's bucket set; the message names its position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">A sum (handle seconds, cost, the count) would leave the range of 64-bit numbers.
    /// Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiAttempt> attempts)
    {
        if (attempts.IsEmpty)
        {
            return this;
        }

        CheckCountFits(AttemptsIn, attempts.Length, "attempts");
        if (attempts.Length <= CheckedWhole)
        {
            var (maxAccount, seconds, cost) = CheckAttempts(attempts, 0);
            (_attemptSeconds, _attemptCost) = (SumFits(_attemptSeconds, seconds, "attempts", "handle seconds"), SumFits(_attemptCost, cost, "attempts", "cost"));
            EnsureBits(ref _attempted, maxAccount);
            for (var start = 0; start < attempts.Length; start += AttemptChunk)
            {
                AddChunk<Plus>(Chunk(attempts, start));
            }

            return this;
        }

        // A large call is checked chunk by chunk while the chunk is in the cache (one pass over memory instead of two).
        // If a later chunk holds a bad attempt or would overflow a sum, the chunks already counted are taken off again and
        // the "attempted" bits and sums restored, so that nothing of the call is counted then either.
        var attemptedBefore = (ulong[])_attempted.Clone();
        var countersBefore = (_counters[AttemptsIn], _counters[AttemptsOut], _attemptSeconds, _attemptCost);
        var counted = 0;
        try
        {
            for (; counted < attempts.Length; counted += AttemptChunk)
            {
                var chunk = Chunk(attempts, counted);
                var (maxAccount, seconds, cost) = CheckAttempts(chunk, counted);
                (_attemptSeconds, _attemptCost) = (SumFits(_attemptSeconds, seconds, "attempts", "handle seconds"), SumFits(_attemptCost, cost, "attempts", "cost"));
                EnsureBits(ref _attempted, maxAccount);
                AddChunk<Plus>(chunk);
            }
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            for (var start = 0; start < counted; start += AttemptChunk)
            {
                AddChunk<Minus>(Chunk(attempts, start));
            }

            _attempted = attemptedBefore;
            (_counters[AttemptsIn], _counters[AttemptsOut], _attemptSeconds, _attemptCost) = countersBefore;
            throw;
        }

        return this;
    }

    private static ReadOnlySpan<KpiAttempt> Chunk(ReadOnlySpan<KpiAttempt> attempts, int start) =>
        attempts.Slice(start, Math.Min(AttemptChunk, attempts.Length - start));

    private void AddChunk<TSign>(ReadOnlySpan<KpiAttempt> chunk)
        where TSign : ISign
    {
        AddAttemptsByChannel<TSign>(chunk);
        foreach (var tally in _tallies)
        {
            switch (tally.Dimension.Value)
            {
                case KpiDimension.CreditorValue:
                    AddAttemptsTo<CreditorCode, TSign>(tally, chunk);
                    break;
                case KpiDimension.PlacementValue:
                    AddAttemptsTo<PlacementCode, TSign>(tally, chunk);
                    break;
                case KpiDimension.SegmentValue:
                    AddAttemptsTo<SegmentCode, TSign>(tally, chunk);
                    break;
                case KpiDimension.AgingBucketValue:
                    AddAttemptsTo<BucketCode, TSign>(tally, chunk);
                    break;
                case KpiDimension.AgentValue:
                    AddAttemptsTo<AgentCode, TSign>(tally, chunk);
                    break;
                default:
                    AddAttemptsTo<TemplateCode, TSign>(tally, chunk);
                    break;
            }
        }
    }

    /// <summary>Checks attempts (<paramref name="offset"/> is the first one's position in the call); returns the largest
    /// account index and the handle seconds and cost of those in the period (at most 16,384 × 2^31: no overflow).</summary>
    private (int MaxAccount, long Seconds, long Cost) CheckAttempts(ReadOnlySpan<KpiAttempt> attempts, int offset)
    {
        var maxAccount = -1;
        long seconds = 0;
        long cost = 0;
        var bucketCount = Scope.Buckets.Count;
        var start = Scope.StartDay;
        var span = unchecked((uint)(Scope.EndDay - start));
        for (var i = 0; i < attempts.Length; i++)
        {
            ref readonly var a = ref attempts[i];
            if (unchecked((uint)(a.DayNumberValue - start)) <= span)
            {
                seconds += a.HandleSeconds;
                cost += a.CostMinorUnits;
            }

            if (!a.HasChannel || a.Key.Bucket > bucketCount)
            {
                if (!a.HasChannel)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Attempt {offset + i} is a default KpiAttempt (no channel or outcome); create attempts with the constructor."),
                        nameof(attempts));
                }

                CheckBucket(a.Key.Bucket, "Attempt", offset + i, nameof(attempts));
            }

            maxAccount = Math.Max(maxAccount, a.Account);
        }

        return (maxAccount, seconds, cost);
    }

    private void CheckBucket(byte bucket, string fact, int index, string parameterName)
    {
        if (bucket > Scope.Buckets.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{fact} {index} has aging-bucket code {bucket}, but the scope's bucket set has {Scope.Buckets.Count} buckets (codes 1..{Scope.Buckets.Count}; 0 = not given)."),
                parameterName);
        }
    }

    // The channel tally is the whole: it also counts the facts and sets the "attempted" bit of each account.
    private void AddAttemptsByChannel<TSign>(ReadOnlySpan<KpiAttempt> chunk)
        where TSign : ISign
    {
        var start = Scope.StartDay;
        var span = unchecked((uint)(Scope.EndDay - start));
        ref var cells = ref MemoryMarshal.GetArrayDataReference(_channels.Attempts);
        ref var attempted = ref MemoryMarshal.GetArrayDataReference(_attempted);
        long counted = 0;
        foreach (ref readonly var a in chunk)
        {
            if (unchecked((uint)(a.DayNumberValue - start)) > span)
            {
                continue;
            }

            unchecked
            {
                counted++;
                var account = a.Account;
                Unsafe.Add(ref attempted, account >> 6) |= 1UL << account;
            }

            Count<TSign>(ref cells, a.ChannelValue, in a);
        }

        if (TSign.Value > 0)
        {
            _counters[AttemptsIn] += counted;
            _counters[AttemptsOut] += chunk.Length - counted;
        }
    }

    private void AddAttemptsTo<TCode, TSign>(KpiTally tally, ReadOnlySpan<KpiAttempt> chunk)
        where TCode : IAttemptCode
        where TSign : ISign
    {
        var start = Scope.StartDay;
        var span = unchecked((uint)(Scope.EndDay - start));
        var capacity = tally.Capacity;
        ref var cells = ref MemoryMarshal.GetArrayDataReference(tally.Attempts);
        foreach (ref readonly var a in chunk)
        {
            if (unchecked((uint)(a.DayNumberValue - start)) > span)
            {
                continue;
            }

            var code = TCode.Of(in a);
            if (code >= capacity)
            {
                tally.Ensure(code);
                capacity = tally.Capacity;
                cells = ref MemoryMarshal.GetArrayDataReference(tally.Attempts);
            }

            Count<TSign>(ref cells, code, in a);
        }
    }

    // One attempt into its slot of a code: count, handle seconds, cost.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count<TSign>(ref long cells, int code, in KpiAttempt a)
        where TSign : ISign
    {
        unchecked
        {
            var slot = a.ClassValue + (AttemptClass.Count * (int)((uint)-a.Agent >> 31));
            ref var c = ref Unsafe.Add(ref cells, ((code * AttemptClass.Slots) + slot) * AttemptClass.Width);
            c += TSign.Value;
            ref var handle = ref Unsafe.Add(ref c, 1);
            handle = checked(handle + (TSign.Value * a.HandleSeconds));
            ref var cost = ref Unsafe.Add(ref c, 2);
            cost = checked(cost + (TSign.Value * a.CostMinorUnits));
        }
    }

    private readonly struct Plus : ISign
    {
        public static int Value => 1;
    }

    private readonly struct Minus : ISign
    {
        public static int Value => -1;
    }

    private readonly struct CreditorCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Key.Creditor;
    }

    private readonly struct PlacementCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Key.Placement;
    }

    private readonly struct SegmentCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Key.Segment;
    }

    private readonly struct BucketCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Key.Bucket;
    }

    private readonly struct AgentCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Agent;
    }

    private readonly struct TemplateCode : IAttemptCode
    {
        public static int Of(in KpiAttempt attempt) => attempt.Template;
    }
}
