using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Collections.Kpi;

/// <summary>Attempts: the hot path (tens of millions per run).</summary>
public sealed partial class KpiAccumulator
{
    // Attempts are applied in chunks that stay in the CPU cache while each breakdown reads them again.
    private const int AttemptChunk = 4096;

    private interface IAttemptCode
    {
        static abstract int Of(in KpiAttempt attempt);
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
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit numbers.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiAttempt> attempts)
    {
        if (attempts.IsEmpty)
        {
            return this;
        }

        var maxima = CheckAttempts(attempts);
        EnsureBits(ref _attempted, maxima.Account);
        foreach (var tally in _tallies)
        {
            tally.Ensure(maxima.CodeOf(tally.Dimension!.Value));
        }

        for (var start = 0; start < attempts.Length; start += AttemptChunk)
        {
            var chunk = attempts.Slice(start, Math.Min(AttemptChunk, attempts.Length - start));
            AddAttemptsOverall(chunk);
            foreach (var tally in _tallies)
            {
                switch (tally.Dimension!.Value)
                {
                    case KpiDimension.CreditorValue:
                        AddAttemptsTo<CreditorCode>(tally, chunk);
                        break;
                    case KpiDimension.PlacementValue:
                        AddAttemptsTo<PlacementCode>(tally, chunk);
                        break;
                    case KpiDimension.SegmentValue:
                        AddAttemptsTo<SegmentCode>(tally, chunk);
                        break;
                    case KpiDimension.AgingBucketValue:
                        AddAttemptsTo<BucketCode>(tally, chunk);
                        break;
                    case KpiDimension.AgentValue:
                        AddAttemptsTo<AgentCode>(tally, chunk);
                        break;
                    default:
                        AddAttemptsTo<TemplateCode>(tally, chunk);
                        break;
                }
            }
        }

        return this;
    }

    private Maxima CheckAttempts(ReadOnlySpan<KpiAttempt> attempts)
    {
        var maxima = default(Maxima);
        maxima.Account = -1;
        for (var i = 0; i < attempts.Length; i++)
        {
            ref readonly var a = ref attempts[i];
            if (!a.HasChannel)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Attempt {i} is a default KpiAttempt (no channel or outcome); create attempts with the constructor."),
                    nameof(attempts));
            }

            maxima.Take(a.Account, a.Key, a.Agent, a.Template);
        }

        if (maxima.Bucket > Scope.Buckets.Count)
        {
            for (var i = 0; i < attempts.Length; i++)
            {
                CheckBucket(attempts[i].Key.Bucket, "Attempt", i, nameof(attempts));
            }
        }

        return maxima;
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

    private void AddAttemptsOverall(ReadOnlySpan<KpiAttempt> chunk)
    {
        var start = Scope.StartDay;
        var span = unchecked((uint)(Scope.EndDay - start));
        ref var cells = ref MemoryMarshal.GetArrayDataReference(_overall.Attempts);
        ref var attempted = ref MemoryMarshal.GetArrayDataReference(_attempted);
        ref var isRightParty = ref MemoryMarshal.GetArrayDataReference(AttemptCells.IsRightPartyFlag);
        long counted = 0;
        long byAgents = 0;
        foreach (ref readonly var a in chunk)
        {
            if (unchecked((uint)(a.DayNumberValue - start)) > span)
            {
                continue;
            }

            var cell = a.Cell;
            ref var c = ref Unsafe.Add(ref cells, cell * AttemptCells.Width);
            unchecked
            {
                c++;
                counted++;
                var account = a.Account;
                Unsafe.Add(ref attempted, account >> 6) |= 1UL << account;
                byAgents += Unsafe.Add(ref isRightParty, cell) & (int)((uint)-a.Agent >> 31);
            }

            ref var cost = ref Unsafe.Add(ref c, 1);
            cost = checked(cost + a.CostMinorUnits);
            ref var handle = ref Unsafe.Add(ref c, 2);
            handle = checked(handle + a.HandleSeconds);
        }

        _counters[AttemptsIn] += counted;
        _counters[AttemptsOut] += chunk.Length - counted;
        _counters[RightPartyContactsByAgents] += byAgents;
    }

    private void AddAttemptsTo<TCode>(KpiTally tally, ReadOnlySpan<KpiAttempt> chunk)
        where TCode : IAttemptCode
    {
        var start = Scope.StartDay;
        var span = unchecked((uint)(Scope.EndDay - start));
        ref var cells = ref MemoryMarshal.GetArrayDataReference(tally.Attempts);
        foreach (ref readonly var a in chunk)
        {
            if (unchecked((uint)(a.DayNumberValue - start)) > span)
            {
                continue;
            }

            ref var c = ref Unsafe.Add(ref cells, unchecked(((TCode.Of(in a) * AttemptCells.Count) + a.Cell) * AttemptCells.Width));
            unchecked
            {
                c++;
            }

            ref var cost = ref Unsafe.Add(ref c, 1);
            cost = checked(cost + a.CostMinorUnits);
            ref var handle = ref Unsafe.Add(ref c, 2);
            handle = checked(handle + a.HandleSeconds);
        }
    }

    /// <summary>The largest account index and codes seen, to size the counters once before counting.</summary>
    private struct Maxima
    {
        public int Account;
        public int Creditor;
        public int Placement;
        public int Segment;
        public int Bucket;
        public int Agent;
        public int Template;

        public void Take(int account, KpiKey key, ushort agent, ushort template)
        {
            Account = Math.Max(Account, account);
            Creditor = Math.Max(Creditor, key.Creditor);
            Placement = Math.Max(Placement, key.Placement);
            Segment = Math.Max(Segment, key.Segment);
            Bucket = Math.Max(Bucket, key.Bucket);
            Agent = Math.Max(Agent, agent);
            Template = Math.Max(Template, template);
        }

        public readonly int CodeOf(int dimensionValue) => dimensionValue switch
        {
            KpiDimension.CreditorValue => Creditor,
            KpiDimension.PlacementValue => Placement,
            KpiDimension.SegmentValue => Segment,
            KpiDimension.AgingBucketValue => Bucket,
            KpiDimension.AgentValue => Agent,
            KpiDimension.TemplateValue => Template,
            _ => 0,
        };
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
