using System.Buffers;
using System.Globalization;

namespace Collections.Kpi;

/// <summary>Account facts: inventory, placed balance, resolution, and roll states for cure and roll rates.</summary>
public sealed partial class KpiAccumulator
{
    /// <summary>Counts one account's standing over the period.</summary>
    /// <param name="account">The account fact.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">See <see cref="Add(ReadOnlySpan{KpiAccount})"/>.</exception>
    public KpiAccumulator Add(in KpiAccount account) => Add(new ReadOnlySpan<KpiAccount>(in account));

    /// <summary>Counts accounts' standing over the period: inventory, balance placed, resolution at the end, and the roll
    /// from their state at the start to their state at the end (into <see cref="KpiReport.RollRates"/>).</summary>
    /// <param name="accounts">The account facts; each account once.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">A fact is the <see langword="default"/> value; an account was already added (here
    /// or before); a roll state's bucket is not from the scope's bucket set; the key's bucket code is not a bucket of the
    /// scope or disagrees with the start state. The message names the position. Nothing is counted then.</exception>
    /// <exception cref="OverflowException">A sum (balance placed, start balances, the count) would leave the range of 64-bit
    /// numbers. Nothing is counted then.</exception>
    public KpiAccumulator Add(ReadOnlySpan<KpiAccount> accounts)
    {
        if (accounts.IsEmpty)
        {
            return this;
        }

        // Account facts usually come in index order: size the account arrays once from the last.
        EnsureAccount(Math.Max(accounts[^1].Account, 0));
        var states = ArrayPool<(int Start, int End, byte Bucket)>.Shared.Rent(accounts.Length);
        try
        {
            MarkAndCheck(accounts, states);
            for (var i = 0; i < accounts.Length; i++)
            {
                AddAccount(in accounts[i], states[i].Start, states[i].End, states[i].Bucket);
            }
        }
        finally
        {
            ArrayPool<(int Start, int End, byte Bucket)>.Shared.Return(states);
        }

        return this;
    }

    // Checks every account and marks it present; on a bad one or a sum out of range, unmarks those marked so far and throws.
    private void MarkAndCheck(ReadOnlySpan<KpiAccount> accounts, (int Start, int End, byte Bucket)[] states)
    {
        var marked = 0;
        try
        {
            _ = SumFits(_counters[AccountsIn], accounts.Length, "accounts", "count");
            for (var i = 0; i < accounts.Length; i++)
            {
                states[i] = Check(in accounts[i], i, nameof(accounts));
                var account = accounts[i].Account;
                EnsureAccount(account);
                ref var word = ref _present[account >> 6];
                var bit = 1UL << account;
                if ((word & bit) != 0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Account {i} (index {account}) was already added: each account's fact is added once per period."),
                        nameof(accounts));
                }

                word |= bit;
                marked = i + 1;
            }

            CheckSumsFit(accounts, states);
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            for (var i = 0; i < marked; i++)
            {
                _present[accounts[i].Account >> 6] &= ~(1UL << accounts[i].Account);
            }

            throw;
        }
    }

    // The balances the batch adds, against their wholes: the channel tally's (every code's cell is part of it) and the
    // roll-rate counts' (every cell is part of their sum).
    private void CheckSumsFit(ReadOnlySpan<KpiAccount> accounts, (int Start, int End, byte Bucket)[] states)
    {
        const string What = "accounts";
        var paidIndex = Scope.Buckets.Count;
        long placed = 0;
        long rollBase = 0;
        long roll = 0;
        for (var i = 0; i < accounts.Length; i++)
        {
            var (start, end, _) = states[i];
            var startBalance = Math.Max(accounts[i].BalanceAtStartMinorUnits, 0);
            if (accounts[i].Inventory.IsInInventory)
            {
                placed = BatchSum(placed, accounts[i].PlacedBalanceMinorUnits, What, "balance placed");
            }

            if (start >= 0 && end >= 0 && start < paidIndex - 1)
            {
                rollBase = BatchSum(rollBase, startBalance, What, "start balance of the roll base");
            }

            var rollBalance = start >= 0 ? startBalance : end >= 0 ? Math.Max(accounts[i].BalanceAtEndMinorUnits, 0) : 0;
            roll = BatchSum(roll, rollBalance, What, "roll-rate balances");
        }

        _ = SumFits(Whole(_channels.Accounts, KpiTally.AccountPlacedBalance, KpiTally.AccountWidth), placed, What, "balance placed");
        _ = SumFits(Whole(_channels.Accounts, KpiTally.AccountRollBaseBalance, KpiTally.AccountWidth), rollBase, What, "start balance of the roll base");
        _ = SumFits(RollBalanceWhole(), roll, What, "roll-rate balances");
    }

    private (int Start, int End, byte Bucket) Check(in KpiAccount account, int index, string parameterName)
    {
        if (account.IsDefault)
        {
            throw Default("Account", index, parameterName);
        }

        var buckets = Scope.Buckets;
        int start;
        int end;
        try
        {
            start = account.StartState is { } s ? RollRateAccumulator.IndexOf(buckets, s, parameterName) : -1;
            end = account.EndState is { } e ? RollRateAccumulator.IndexOf(buckets, e, parameterName) : -1;
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Account {index} (index {account.Account}): {error.Message}"), parameterName, error);
        }

        CheckBucket(account.Key.Bucket, "Account", index, parameterName);
        var bucket = account.Key.Bucket;
        var startBucket = start >= 0 && start < buckets.Count ? (byte)(start + 1) : (byte)0;
        if (startBucket != 0)
        {
            if (bucket != 0 && bucket != startBucket)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Account {index} (index {account.Account}) has aging-bucket code {bucket} but starts the period in bucket '{buckets.Buckets[start].Label}' (code {startBucket}); give one or make them agree."),
                    parameterName);
            }

            bucket = startBucket;
        }

        return (start, end, bucket);
    }

    private void AddAccount(in KpiAccount account, int start, int end, byte bucket)
    {
        var inInventory = account.Inventory.IsInInventory;
        _accountKeys[account.Account] = PackKey(account.Key, bucket, inInventory);
        if (inInventory)
        {
            _inventory[account.Account >> 6] |= 1UL << account.Account;
        }

        _counters[AccountsIn]++;

        var paidIndex = Scope.Buckets.Count;
        var startBalance = Math.Max(account.BalanceAtStartMinorUnits, 0);
        if (start >= 0 && end >= 0)
        {
            _roll.AddAt(start, end, startBalance);
        }
        else if (end >= 0)
        {
            _roll.AddEnteredAt(end, Math.Max(account.BalanceAtEndMinorUnits, 0));
        }
        else if (start >= 0)
        {
            _roll.AddLeftAt(start, startBalance);
        }

        var both = start >= 0 && end >= 0;
        var delinquent = both && start >= 1 && start < paidIndex;
        var rollBase = both && start < paidIndex - 1;
        var contribution = new AccountContribution(
            inInventory,
            account.PlacedBalanceMinorUnits,
            inInventory && account.Resolution.IsResolved ? account.Resolution.Value : 0,
            delinquent,
            delinquent && (end == 0 || end == paidIndex),
            rollBase,
            rollBase && end == start + 1,
            startBalance);
        var key = account.Key with { Bucket = bucket };

        contribution.AddTo(_channels, 0);
        foreach (var tally in _tallies)
        {
            var code = key.CodeOf(tally.Dimension.Value);
            if (code >= 0)
            {
                tally.Ensure(code);
                contribution.AddTo(tally, code);
            }
        }
    }

    /// <summary>What one account adds to the account counters of a code.</summary>
    private readonly record struct AccountContribution(
        bool InInventory, long PlacedBalance, int Resolved, bool Delinquent, bool Cured, bool RollBase, bool Rolled, long StartBalance)
    {
        public void AddTo(KpiTally tally, int code)
        {
            var counts = tally.Accounts;
            var at = code * KpiTally.AccountWidth;
            counts[at + KpiTally.AccountFacts]++;
            if (InInventory)
            {
                counts[at + KpiTally.AccountInventory]++;
                counts[at + KpiTally.AccountPlacedBalance] = checked(counts[at + KpiTally.AccountPlacedBalance] + PlacedBalance);
            }

            if (Resolved > 0)
            {
                counts[at + KpiTally.AccountResolvedBase + Resolved]++;
            }

            if (Delinquent)
            {
                counts[at + KpiTally.AccountDelinquentAtStart]++;
            }

            if (Cured)
            {
                counts[at + KpiTally.AccountCured]++;
            }

            if (RollBase)
            {
                counts[at + KpiTally.AccountRollBase]++;
                counts[at + KpiTally.AccountRollBaseBalance] = checked(counts[at + KpiTally.AccountRollBaseBalance] + StartBalance);
            }

            if (Rolled)
            {
                counts[at + KpiTally.AccountRolledForward]++;
                counts[at + KpiTally.AccountRolledForwardBalance] = checked(counts[at + KpiTally.AccountRolledForwardBalance] + StartBalance);
            }
        }
    }
}
