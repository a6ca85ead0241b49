using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Saving and loading partial state, to merge accumulators computed elsewhere (format: docs/kpi-partial-state.md).</summary>
public sealed partial class KpiAccumulator
{
    /// <summary>The version of the partial-state format written by <see cref="SaveState()"/>.</summary>
    public const int StateFormatVersion = 2;

    /// <summary>The account limit of <see cref="LoadState(ReadOnlySpan{byte})"/>: account indexes in a loaded state are below
    /// 16,777,216 (2^24; 128 MB of account keys and 128 MB of amounts collected at most). Load larger computations with an explicit limit.</summary>
    public const int DefaultStateAccountLimit = 1 << 24;

    private const int MaximumCapacity = ushort.MaxValue + 1;
    private const int MaximumTextBytes = 4_096;
    private const int TallyLongsPerCode = KpiTally.AttemptStride + KpiTally.PromiseStride + KpiTally.ComplaintStride + KpiTally.PaymentStride + KpiTally.AccountWidth + 1;
    private static readonly byte[] StartMagic = "CKPI"u8.ToArray();
    private static readonly byte[] EndMagic = "ckpi"u8.ToArray();

    /// <summary>The partial state as bytes: scope, every counter, the roll-rate counts, the attempted accounts, the amount
    /// collected per paying account, the account keys.</summary>
    /// <remarks>The bytes are canonical: two accumulators that counted the same facts (in any order, over any partitions,
    /// merged in any order) save the same bytes. Load them with <see cref="LoadState(ReadOnlySpan{byte})"/>.</remarks>
    /// <returns>The bytes (format version <see cref="StateFormatVersion"/>).</returns>
    public byte[] SaveState()
    {
        using var stream = new MemoryStream();
        SaveState(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the partial state to a stream (see <see cref="SaveState()"/>).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void SaveState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(StartMagic);
        w.Write(StateFormatVersion);

        w.Write(Scope.StartDay);
        w.Write(Scope.EndDay);
        w.Write(Scope.Currency.Code);
        w.Write(Scope.Currency.MinorUnitDigits);
        w.Write(Scope.Buckets.Count);
        foreach (var bucket in Scope.Buckets.Buckets)
        {
            w.Write(bucket.Label);
            w.Write(bucket.LowerBound.HasValue);
            w.Write(bucket.LowerBound ?? 0);
            w.Write(bucket.UpperBound.HasValue);
            w.Write(bucket.UpperBound ?? 0);
        }

        w.Write(Scope.Breakdowns.Length);
        foreach (var dimension in Scope.Breakdowns)
        {
            w.Write(dimension.Value);
        }

        w.Write(CounterCount);
        foreach (var counter in _counters)
        {
            w.Write(counter);
        }

        foreach (var tally in _tallies.Prepend(_channels))
        {
            var capacity = tally.UsedCapacity();
            w.Write(tally.Dimension.Value);
            w.Write(capacity);
            WriteLongs(w, tally.Attempts, capacity * KpiTally.AttemptStride);
            WriteLongs(w, tally.Promises, capacity * KpiTally.PromiseStride);
            WriteLongs(w, tally.Complaints, capacity * KpiTally.ComplaintStride);
            WriteLongs(w, tally.Payments, capacity * KpiTally.PaymentStride);
            WriteLongs(w, tally.Accounts, capacity * KpiTally.AccountWidth);
            WriteLongs(w, tally.AgentSeconds, capacity);
        }

        foreach (var array in _roll.StateArrays)
        {
            WriteLongs(w, array, array.Length);
        }

        WriteBits(w, _attempted);
        var paying = 0;
        foreach (var amount in _collected)
        {
            paying += amount != 0 ? 1 : 0;
        }

        w.Write(paying);
        for (var account = 0; account < _collected.Length; account++)
        {
            if (_collected[account] != 0)
            {
                w.Write(account);
                w.Write(_collected[account]);
            }
        }

        var present = 0;
        ForEachAccount(_present, _ => present++);
        w.Write(present);
        ForEachAccount(_present, account =>
        {
            w.Write(account);
            w.Write(_accountKeys[account]);
        });
        w.Write(EndMagic);
    }

    /// <summary>Loads partial state saved by <see cref="SaveState()"/>, to merge it with others.</summary>
    /// <param name="state">The bytes.</param>
    /// <returns>An accumulator holding exactly the saved counts.</returns>
    /// <exception cref="FormatException">The bytes are not a partial state of a format version this library reads, or are
    /// truncated or inconsistent (counts that no facts could have produced, docs/kpi-partial-state.md); the message says which part.</exception>
    public static KpiAccumulator LoadState(ReadOnlySpan<byte> state) => LoadState(state, DefaultStateAccountLimit);

    /// <summary>Loads partial state saved by <see cref="SaveState()"/>, accepting account indexes below a limit.</summary>
    /// <param name="state">The bytes.</param>
    /// <param name="accountLimit">Account indexes in the state must be below this (for example the codebook's
    /// <see cref="KpiCodebook.AccountCount"/>); it bounds the memory a state can claim (16 bytes and a few bits per index).</param>
    /// <returns>An accumulator holding exactly the saved counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accountLimit"/> is negative.</exception>
    /// <exception cref="FormatException">The bytes are not a partial state of a format version this library reads, or are
    /// truncated or inconsistent (counts that no facts could have produced, docs/kpi-partial-state.md), or claim an account index at or above <paramref name="accountLimit"/>; the message says which part.</exception>
    public static KpiAccumulator LoadState(ReadOnlySpan<byte> state, int accountLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accountLimit);
        using var stream = new MemoryStream(state.ToArray(), writable: false);
        var accumulator = LoadState(stream, accountLimit);
        if (stream.Position != stream.Length)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The KPI partial state has {stream.Length - stream.Position} bytes after its end marker."));
        }

        return accumulator;
    }

    /// <summary>Reads partial state written by <see cref="SaveState(Stream)"/>.</summary>
    /// <param name="stream">A readable stream positioned at the state; left open, positioned after it.</param>
    /// <returns>An accumulator holding exactly the saved counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="FormatException">The data is not a partial state of a format version this library reads, or is
    /// truncated or inconsistent (counts that no facts could have produced, docs/kpi-partial-state.md); the message says which part.</exception>
    public static KpiAccumulator LoadState(Stream stream) => LoadState(stream, DefaultStateAccountLimit);

    /// <summary>Reads partial state written by <see cref="SaveState(Stream)"/>, accepting account indexes below a limit.</summary>
    /// <param name="stream">A readable stream positioned at the state; left open, positioned after it.</param>
    /// <param name="accountLimit">Account indexes in the state must be below this (for example the codebook's
    /// <see cref="KpiCodebook.AccountCount"/>); it bounds the memory a state can claim (16 bytes and a few bits per index).</param>
    /// <returns>An accumulator holding exactly the saved counts.</returns>
    /// <remarks>On a seekable stream every claimed size is checked against the bytes left before anything is allocated. A
    /// stream that cannot seek is read as it comes: a hostile one can then make the reader allocate up to the format's
    /// limits (about 40 MB per breakdown dimension, and the account arrays up to <paramref name="accountLimit"/>) before the
    /// missing bytes are noticed; load untrusted state from bytes.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accountLimit"/> is negative.</exception>
    /// <exception cref="FormatException">The data is not a partial state of a format version this library reads, or is
    /// truncated or inconsistent (counts that no facts could have produced, docs/kpi-partial-state.md), or claims an account index at or above <paramref name="accountLimit"/>; the message says which part.</exception>
    public static KpiAccumulator LoadState(Stream stream, int accountLimit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(accountLimit);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var part = "header";
        try
        {
            if (!r.ReadBytes(StartMagic.Length).AsSpan().SequenceEqual(StartMagic))
            {
                throw Bad(part, "it does not start with 'CKPI'; this is not KPI partial state");
            }

            var version = r.ReadInt32();
            if (version != StateFormatVersion)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"format version {version} is not one this library reads (it reads {StateFormatVersion})"));
            }

            part = "scope";
            var scope = ReadScope(r);
            var accumulator = new KpiAccumulator(scope);

            part = "counters";
            var counterCount = r.ReadInt32();
            if (counterCount != CounterCount)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"{counterCount} counters instead of {CounterCount}"));
            }

            for (var i = 0; i < CounterCount; i++)
            {
                accumulator._counters[i] = r.ReadInt64();
            }

            foreach (var tally in accumulator._tallies.Prepend(accumulator._channels))
            {
                part = "counters by " + tally.Dimension.Code;
                var dimension = r.ReadInt32();
                if (dimension != tally.Dimension.Value)
                {
                    throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"dimension {dimension} is not the one the scope lists next"));
                }

                var capacity = r.ReadInt32();
                if (capacity < 1 || capacity > MaximumCapacity)
                {
                    throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"capacity {capacity} is outside 1..{MaximumCapacity}"));
                }

                RequireBytes(r, (long)capacity * TallyLongsPerCode * sizeof(long), part, string.Create(CultureInfo.InvariantCulture, $"capacity {capacity}"));
                tally.Resize(Math.Max(capacity, tally.Capacity)); // the channel tally always has a slot per channel
                ReadLongs(r, tally.Attempts, capacity * KpiTally.AttemptStride);
                ReadLongs(r, tally.Promises, capacity * KpiTally.PromiseStride);
                ReadLongs(r, tally.Complaints, capacity * KpiTally.ComplaintStride);
                ReadLongs(r, tally.Payments, capacity * KpiTally.PaymentStride);
                ReadLongs(r, tally.Accounts, capacity * KpiTally.AccountWidth);
                ReadLongs(r, tally.AgentSeconds, capacity);
            }

            part = "roll-rate counts";
            foreach (var array in accumulator._roll.StateArrays)
            {
                ReadLongs(r, array, array.Length);
            }

            part = "attempted accounts";
            accumulator._attempted = ReadBits(r, part, accountLimit);
            part = "paying accounts";
            ReadCollected(r, accumulator, part, accountLimit);

            part = "account keys";
            var present = r.ReadInt32();
            if (present < 0)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"a negative count ({present})"));
            }

            if (present > accountLimit)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"{present} accounts, more than the account limit ({accountLimit})"));
            }

            RequireBytes(r, (long)present * (sizeof(int) + sizeof(long)), part, string.Create(CultureInfo.InvariantCulture, $"{present} accounts"));

            var previous = -1;
            for (var i = 0; i < present; i++)
            {
                var account = r.ReadInt32();
                var key = r.ReadInt64();
                if (account < 0 || account >= accountLimit)
                {
                    throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"account index {account} is outside 0..{accountLimit - 1} (the account limit is {accountLimit})"));
                }

                if (account <= previous)
                {
                    throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"account index {account} is not above the previous one ({previous})"));
                }

                previous = account;
                accumulator.EnsureAccount(account);
                accumulator._present[account >> 6] |= 1UL << account;
                accumulator._accountKeys[account] = key;
                if ((key >> InventoryBit & 1) != 0)
                {
                    accumulator._inventory[account >> 6] |= 1UL << account;
                }
            }

            part = "end marker";
            if (!r.ReadBytes(EndMagic.Length).AsSpan().SequenceEqual(EndMagic))
            {
                throw Bad(part, "it is missing; the state is truncated or has extra data inside");
            }

            // Well-formed is not enough: the counts must be ones facts could have produced (docs/kpi-partial-state.md).
            accumulator.CheckLoaded();
            return accumulator;
        }
        catch (EndOfStreamException error)
        {
            throw new FormatException($"The KPI partial state is truncated: it ends inside the {part}.", error);
        }
        catch (IOException error)
        {
            throw new FormatException($"The KPI partial state's {part} is not valid: {error.Message}", error);
        }
        catch (ArgumentException error)
        {
            throw new FormatException($"The KPI partial state's {part} is not valid: {error.Message}", error);
        }
        catch (FormatException error) when (!error.Message.StartsWith("The KPI partial state", StringComparison.Ordinal))
        {
            // BinaryReader: a length that is not a valid 7-bit encoded number.
            throw new FormatException($"The KPI partial state's {part} is not valid: {error.Message}", error);
        }
    }

    private static KpiScope ReadScope(BinaryReader r)
    {
        var start = r.ReadInt32();
        var end = r.ReadInt32();
        var maxDay = DayNumber.Of(new LocalDate(9999, 12, 31));
        if (start < 0 || end < start || end > maxDay)
        {
            throw Bad("scope", string.Create(CultureInfo.InvariantCulture, $"period day numbers {start}..{end} are not a period"));
        }

        var code = ReadText(r, "currency code");
        var digits = r.ReadInt32();
        var currency = Currency.TryFromCode(code, out var known) && known.MinorUnitDigits == digits ? known : Currency.Create(code, digits);
        var bucketCount = r.ReadInt32();
        if (bucketCount < 1 || bucketCount > byte.MaxValue - 1)
        {
            throw Bad("scope", string.Create(CultureInfo.InvariantCulture, $"{bucketCount} buckets"));
        }

        var definitions = new List<AgingBucketDefinition>(bucketCount);
        for (var i = 0; i < bucketCount; i++)
        {
            var label = ReadText(r, "bucket label");
            var hasLower = r.ReadBoolean();
            var lower = r.ReadInt32();
            var hasUpper = r.ReadBoolean();
            var upper = r.ReadInt32();
            definitions.Add(new AgingBucketDefinition(label, hasLower ? lower : null, hasUpper ? upper : null));
        }

        var breakdownCount = r.ReadInt32();
        if (breakdownCount < 0 || breakdownCount > KpiDimension.All.Count)
        {
            throw Bad("scope", string.Create(CultureInfo.InvariantCulture, $"{breakdownCount} breakdowns"));
        }

        var breakdowns = new List<KpiDimension>(breakdownCount);
        for (var i = 0; i < breakdownCount; i++)
        {
            var value = r.ReadInt32();
            breakdowns.Add(KpiDimension.All.FirstOrDefault(d => d.Value == value)
                ?? throw Bad("scope", string.Create(CultureInfo.InvariantCulture, $"breakdown dimension {value} is not defined")));
        }

        return KpiScope.Create(new DateInterval(DayNumber.ToDate(start), DayNumber.ToDate(end)), currency, AgingBucketSet.Create(definitions), breakdowns);
    }

    // Little-endian 64-bit integers; written as one block on little-endian machines.
    private static void WriteLongs(BinaryWriter w, long[] values, int count)
    {
        if (BitConverter.IsLittleEndian)
        {
            w.Write(MemoryMarshal.AsBytes(values.AsSpan(0, count)));
            return;
        }

        for (var i = 0; i < count; i++)
        {
            w.Write(values[i]);
        }
    }

    private static void ReadLongs(BinaryReader r, long[] values, int count)
    {
        if (r.BaseStream.CanSeek && (long)count * sizeof(long) > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new EndOfStreamException();
        }

        if (BitConverter.IsLittleEndian)
        {
            var bytes = MemoryMarshal.AsBytes(values.AsSpan(0, count));
            while (!bytes.IsEmpty)
            {
                var read = r.Read(bytes);
                if (read == 0)
                {
                    throw new EndOfStreamException();
                }

                bytes = bytes[read..];
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = r.ReadInt64();
        }
    }

    private static void WriteBits(BinaryWriter w, ulong[] bits)
    {
        var words = bits.AsSpan().LastIndexOfAnyExcept(0UL) + 1;

        w.Write(words);
        for (var i = 0; i < words; i++)
        {
            w.Write(bits[i]);
        }
    }

    private static ulong[] ReadBits(BinaryReader r, string part, int accountLimit)
    {
        var words = r.ReadInt32();
        var limit = (int)(((long)accountLimit + 63) >> 6);
        if (words < 0)
        {
            throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"a negative word count ({words})"));
        }

        if (words > limit)
        {
            throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"{words} words of account bits, more than the account limit ({accountLimit}) needs ({limit})"));
        }

        RequireBytes(r, (long)words * sizeof(ulong), part, string.Create(CultureInfo.InvariantCulture, $"{words} words"));

        var bits = new ulong[words];
        for (var i = 0; i < words; i++)
        {
            bits[i] = r.ReadUInt64();
        }

        return bits;
    }

    // Paying accounts: a count, then (index, amount collected) in index order, amounts above zero.
    private static void ReadCollected(BinaryReader r, KpiAccumulator accumulator, string part, int accountLimit)
    {
        var count = r.ReadInt32();
        if (count < 0)
        {
            throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"a negative count ({count})"));
        }

        if (count > accountLimit)
        {
            throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"{count} accounts, more than the account limit ({accountLimit})"));
        }

        RequireBytes(r, (long)count * (sizeof(int) + sizeof(long)), part, string.Create(CultureInfo.InvariantCulture, $"{count} accounts"));
        var previous = -1;
        for (var i = 0; i < count; i++)
        {
            var account = r.ReadInt32();
            var amount = r.ReadInt64();
            if (account < 0 || account >= accountLimit)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"account index {account} is outside 0..{accountLimit - 1} (the account limit is {accountLimit})"));
            }

            if (account <= previous)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"account index {account} is not above the previous one ({previous})"));
            }

            if (amount <= 0)
            {
                throw Bad(part, string.Create(CultureInfo.InvariantCulture, $"account index {account} has an amount collected of {amount}; a paying account's is above zero"));
            }

            previous = account;
            accumulator.EnsureCollected(account);
            accumulator._collected[account] = amount;
        }
    }

    // A string as BinaryWriter writes it (7-bit encoded byte length, UTF-8), its length checked before anything is allocated.
    private static string ReadText(BinaryReader r, string what)
    {
        var length = r.Read7BitEncodedInt();
        if (length < 0 || length > MaximumTextBytes)
        {
            throw Bad("scope", string.Create(CultureInfo.InvariantCulture, $"a {what} of {length} bytes (0..{MaximumTextBytes})"));
        }

        RequireBytes(r, length, "scope", string.Create(CultureInfo.InvariantCulture, $"a {what} of {length} bytes"));
        var bytes = r.ReadBytes(length);
        if (bytes.Length != length)
        {
            throw new EndOfStreamException();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    // Before allocating for a claimed size: on a seekable stream, the bytes must be there.
    private static void RequireBytes(BinaryReader r, long bytes, string part, string claim)
    {
        var stream = r.BaseStream;
        if (stream.CanSeek && bytes > stream.Length - stream.Position)
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"The KPI partial state is truncated: it ends inside the {part} ({claim} need {bytes} bytes, {stream.Length - stream.Position} are left)."));
        }
    }

    private static FormatException Bad(string part, string problem) => new($"The KPI partial state's {part} is not valid: {problem}.");
}
