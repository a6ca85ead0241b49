using System.Globalization;
using System.Numerics;

namespace Collections.Kpi;

/// <summary>Loaded partial state must be one that facts could have produced: otherwise <see cref="ToReport"/> could fail
/// or give impossible rates (docs/kpi-partial-state.md, "Consistency").</summary>
/// <remarks>
/// The invariants are what <c>Add</c> and <see cref="Merge"/> keep: no negative count or amount (no fact has one);
/// sub-counts at most their totals; every breakdown's counters summing to the channel tally's (the whole) for the facts
/// that carry that dimension and to zero for the others; the whole matching the fact counters; account keys with codes
/// the counters have, counted exactly where the account counters say; the amounts collected per account summing to the
/// payment total. Each check names the part, the code or account and the counter.
/// </remarks>
public sealed partial class KpiAccumulator
{
    private static readonly string[] CounterNames =
    [
        "attempts in the period", "attempts outside it", "promises falling due in it", "promises falling due outside it",
        "payments in it", "payments outside it", "complaints in it", "complaints outside it", "agent-time facts in it",
        "agent-time facts outside it", "account facts",
    ];

    private static readonly string[] AttemptFieldNames = ["count", "handle seconds", "cost"];
    private static readonly string[] PromiseNames = ["promises falling due", "promises kept", "promises partially kept", "amount promised", "amount kept"];
    private static readonly string[] PaymentNames = ["payments", "amount collected"];

    private static readonly string[] AccountNames =
    [
        "account facts", "accounts in inventory", "balance placed", "accounts paid in full", "accounts settled", "accounts on a payment plan",
        "accounts delinquent at start", "accounts cured", "forward-roll base", "accounts rolled forward", "start balance of the roll base",
        "start balance rolled forward",
    ];

    private void CheckLoaded()
    {
        for (var i = 0; i < CounterCount; i++)
        {
            if (_counters[i] < 0)
            {
                throw Bad("counters", Text($"the count of {CounterNames[i]} is negative ({_counters[i]})"));
            }
        }

        var whole = Wholes.Of(_channels, "counters by channel");
        CheckCodes(_channels, "counters by channel");
        CheckChannelTally(whole);
        foreach (var tally in _tallies)
        {
            var part = "counters by " + tally.Dimension.Code;
            CheckCodes(tally, part);
            CheckAgainstWhole(tally, Wholes.Of(tally, part), whole, part);
        }

        CheckRoll();
        CheckAccountKeys(whole);
        CheckAccountBits(whole);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Per code: nothing negative, sub-counts at most their totals.
    private static void CheckCodes(KpiTally tally, string part)
    {
        for (var code = 0; code < tally.Capacity; code++)
        {
            var attempts = tally.Attempts.AsSpan(code * KpiTally.AttemptStride, KpiTally.AttemptStride);
            for (var i = 0; i < attempts.Length; i++)
            {
                if (attempts[i] < 0)
                {
                    var slot = i / AttemptClass.Width;
                    throw Bad(part, Text($"code {code}: the {AttemptFieldNames[i % AttemptClass.Width]} of attempt slot {slot} is negative ({attempts[i]})"));
                }
            }

            var promises = tally.Promises.AsSpan(code * KpiTally.PromiseStride, KpiTally.PromiseStride);
            NoneNegative(promises, PromiseNames, part, code);
            var due = promises[KpiTally.PromiseDue];
            NotAbove(SaturatingSum(promises[KpiTally.PromiseKept], promises[KpiTally.PromisePartial]), "promises kept or partially kept", due, "promises falling due", part, code);
            NotAbove(due, "promises falling due", promises[KpiTally.PromisePromised], "amount promised (each promise is at least one minor unit)", part, code);
            NotAbove(promises[KpiTally.PromiseKeptAmount], "amount kept", promises[KpiTally.PromisePromised], "amount promised", part, code);

            if (tally.Complaints[code] < 0)
            {
                throw Bad(part, Text($"code {code}: the count of complaints is negative ({tally.Complaints[code]})"));
            }

            var payments = tally.Payments.AsSpan(code * KpiTally.PaymentStride, KpiTally.PaymentStride);
            NoneNegative(payments, PaymentNames, part, code);
            NotAbove(payments[KpiTally.PaymentCount], "payments", payments[KpiTally.PaymentSum], "amount collected (each payment is at least one minor unit)", part, code);

            var accounts = tally.Accounts.AsSpan(code * KpiTally.AccountWidth, KpiTally.AccountWidth);
            NoneNegative(accounts, AccountNames, part, code);
            var facts = accounts[KpiTally.AccountFacts];
            var inventory = accounts[KpiTally.AccountInventory];
            NotAbove(inventory, "accounts in inventory", facts, "account facts", part, code);
            var resolved = SaturatingSum(SaturatingSum(accounts[KpiTally.AccountResolvedBase + 1], accounts[KpiTally.AccountResolvedBase + 2]), accounts[KpiTally.AccountResolvedBase + 3]);
            NotAbove(resolved, "accounts resolved", inventory, "accounts in inventory", part, code);
            NotAbove(accounts[KpiTally.AccountDelinquentAtStart], "accounts delinquent at start", facts, "account facts", part, code);
            NotAbove(accounts[KpiTally.AccountCured], "accounts cured", accounts[KpiTally.AccountDelinquentAtStart], "accounts delinquent at start", part, code);
            NotAbove(accounts[KpiTally.AccountRollBase], "forward-roll base", facts, "account facts", part, code);
            NotAbove(accounts[KpiTally.AccountRolledForward], "accounts rolled forward", accounts[KpiTally.AccountRollBase], "forward-roll base", part, code);
            NotAbove(accounts[KpiTally.AccountRolledForwardBalance], "start balance rolled forward", accounts[KpiTally.AccountRollBaseBalance], "start balance of the roll base", part, code);

            if (tally.AgentSeconds[code] < 0)
            {
                throw Bad(part, Text($"code {code}: the agent seconds are negative ({tally.AgentSeconds[code]})"));
            }
        }
    }

    private static void NoneNegative(ReadOnlySpan<long> values, string[] names, string part, int code)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                throw Bad(part, Text($"code {code}: the {names[i]} is negative ({values[i]})"));
            }
        }
    }

    // A sum of non-negative counts that saturates instead of wrapping (it is only compared with a limit).
    private static long SaturatingSum(long left, long right) => left <= long.MaxValue - right ? left + right : long.MaxValue;

    private static void NotAbove(long value, string name, long limit, string limitName, string part, int code)
    {
        if (value > limit)
        {
            throw Bad(part, Text($"code {code}: the {name} ({value}) cannot exceed the {limitName} ({limit})"));
        }
    }

    // The channel tally is the whole: its counts match the fact counters; payments, accounts and agent time are at code 0.
    private void CheckChannelTally(Wholes whole)
    {
        const string Part = "counters by channel";
        long attempts = 0;
        for (var slot = 0; slot < AttemptClass.Slots; slot++)
        {
            attempts = SaturatingSum(attempts, whole.Attempts[slot * AttemptClass.Width]);
        }

        Matches(attempts, _counters[AttemptsIn], "attempts", Part);
        Matches(whole.Promises[KpiTally.PromiseDue], _counters[PromisesIn], "promises falling due", Part);
        Matches(whole.Complaints[0], _counters[ComplaintsIn], "complaints", Part);
        Matches(whole.Payments[KpiTally.PaymentCount], _counters[PaymentsIn], "payments", Part);
        Matches(whole.Accounts[KpiTally.AccountFacts], _counters[AccountsIn], "account facts", Part);
        for (var code = 1; code < _channels.Capacity; code++)
        {
            if (_channels.Payments.AsSpan(code * KpiTally.PaymentStride, KpiTally.PaymentStride).IndexOfAnyExcept(0L) >= 0
                || _channels.Accounts.AsSpan(code * KpiTally.AccountWidth, KpiTally.AccountWidth).IndexOfAnyExcept(0L) >= 0
                || _channels.AgentSeconds[code] != 0)
            {
                throw Bad(Part, Text($"code {code} has payment, account or agent-time counters; facts without a channel are counted at code 0"));
            }
        }

        try
        {
            (_attemptSeconds, _attemptCost) = (0, 0);
            for (var slot = 0; slot < AttemptClass.Slots; slot++)
            {
                _attemptSeconds = checked(_attemptSeconds + whole.Attempts[(slot * AttemptClass.Width) + 1]);
                _attemptCost = checked(_attemptCost + whole.Attempts[(slot * AttemptClass.Width) + 2]);
            }
        }
        catch (OverflowException)
        {
            throw Bad(Part, "the attempts' handle seconds or cost summed over every slot leave the range of 64-bit numbers");
        }
    }

    private static void Matches(long counted, long facts, string name, string part)
    {
        if (counted != facts)
        {
            throw Bad(part, Text($"the {name} summed over codes ({counted}) are not the {facts} the fact counters hold"));
        }
    }

    // A breakdown splits the whole of the facts that carry its dimension, and has nothing of the others.
    private void CheckAgainstWhole(KpiTally tally, Wholes sums, Wholes whole, string part)
    {
        var dimension = tally.Dimension;
        var keyed = dimension.IsAccountLevel;
        Split(sums.Attempts, whole.Attempts, true, "attempt counters", part);
        Split(sums.Promises, whole.Promises, true, "promise counters", part);
        Split(sums.Complaints, whole.Complaints, true, "complaints", part);
        Split(sums.Payments, whole.Payments, keyed, "payment counters", part);
        Split(sums.Accounts, whole.Accounts, keyed, "account counters", part);
        Split(sums.AgentSeconds, whole.AgentSeconds, dimension == KpiDimension.Agent, "agent seconds", part);
        if (dimension == KpiDimension.AgingBucket && tally.UsedCapacity() > Scope.Buckets.Count + 1)
        {
            throw Bad(part, Text($"code {tally.UsedCapacity() - 1} has counters but the scope's bucket set has {Scope.Buckets.Count} buckets (codes 1..{Scope.Buckets.Count}; 0 = not given)"));
        }
    }

    private static void Split(long[] sums, long[] whole, bool carried, string name, string part)
    {
        for (var field = 0; field < sums.Length; field++)
        {
            var expected = carried ? whole[field] : 0;
            if (sums[field] != expected)
            {
                throw Bad(part, carried
                    ? Text($"the {name} (field {field}) summed over codes ({sums[field]}) are not the whole counted by channel ({expected})")
                    : Text($"it has {name} (field {field}: {sums[field]}), which this dimension does not break down"));
            }
        }
    }

    private void CheckRoll()
    {
        const string Part = "roll-rate counts";
        var arrays = _roll.StateArrays;
        long accounts = 0;
        for (var a = 0; a < arrays.Count; a++)
        {
            foreach (var value in arrays[a])
            {
                if (value < 0)
                {
                    throw Bad(Part, Text($"a {(a % 2 == 0 ? "count" : "balance")} is negative ({value})"));
                }
            }

            if (a % 2 == 0)
            {
                foreach (var count in arrays[a])
                {
                    accounts = SaturatingSum(accounts, count);
                }
            }
        }

        // Each account fact adds to at most one cell.
        if (accounts > _counters[AccountsIn])
        {
            throw Bad(Part, Text($"they count {accounts} accounts, more than the {_counters[AccountsIn]} account facts"));
        }

        try
        {
            _ = RollBalanceWhole();
        }
        catch (OverflowException)
        {
            throw Bad(Part, "the balances sum beyond the range of 64-bit numbers");
        }
    }

    // Each key's codes are ones its breakdowns count, and the accounts per code are what the account counters say.
    private void CheckAccountKeys(Wholes whole)
    {
        const string Part = "account keys";
        var accountTallies = _tallies.Where(t => t.Dimension.IsAccountLevel).ToArray();
        var facts = accountTallies.Select(t => new long[t.Capacity]).ToArray();
        var inventory = accountTallies.Select(t => new long[t.Capacity]).ToArray();
        long present = 0;
        long inInventory = 0;
        for (var word = 0; word < _present.Length; word++)
        {
            var bits = _present[word];
            while (bits != 0)
            {
                var account = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var key = _accountKeys[account];
                if (key >>> (InventoryBit + 1) != 0)
                {
                    throw Bad(Part, Text($"account index {account} has key {key:X16}, with bits above bit {InventoryBit} set"));
                }

                var bucket = CodeOfPacked(key, KpiDimension.AgingBucketValue);
                if (bucket > Scope.Buckets.Count)
                {
                    throw Bad(Part, Text($"account index {account} has aging-bucket code {bucket}, but the scope's bucket set has {Scope.Buckets.Count} buckets"));
                }

                var held = (key >> InventoryBit & 1) != 0;
                present++;
                inInventory += held ? 1 : 0;
                for (var t = 0; t < accountTallies.Length; t++)
                {
                    var code = CodeOfPacked(key, accountTallies[t].Dimension.Value);
                    if (code >= accountTallies[t].Capacity)
                    {
                        throw Bad(Part, Text($"account index {account} has {accountTallies[t].Dimension.Code} code {code}, but the counters by {accountTallies[t].Dimension.Code} have codes 0..{accountTallies[t].Capacity - 1}"));
                    }

                    facts[t][code]++;
                    inventory[t][code] += held ? 1 : 0;
                }
            }
        }

        Matches(present, _counters[AccountsIn], "accounts with a key", Part);
        if (inInventory != whole.Accounts[KpiTally.AccountInventory])
        {
            throw Bad(Part, Text($"{inInventory} keys are marked in inventory, but the account counters hold {whole.Accounts[KpiTally.AccountInventory]} accounts in inventory"));
        }

        for (var t = 0; t < accountTallies.Length; t++)
        {
            var counters = accountTallies[t].Accounts;
            for (var code = 0; code < facts[t].Length; code++)
            {
                var at = code * KpiTally.AccountWidth;
                if (facts[t][code] != counters[at + KpiTally.AccountFacts] || inventory[t][code] != counters[at + KpiTally.AccountInventory])
                {
                    throw Bad(Part, Text(
                        $"{facts[t][code]} keys ({inventory[t][code]} in inventory) have {accountTallies[t].Dimension.Code} code {code}, but its counters hold {counters[at + KpiTally.AccountFacts]} account facts ({counters[at + KpiTally.AccountInventory]} in inventory)"));
                }
            }
        }
    }

    private void CheckAccountBits(Wholes whole)
    {
        long attempted = 0;
        foreach (var word in _attempted)
        {
            attempted += BitOperations.PopCount(word);
        }

        if (attempted > _counters[AttemptsIn])
        {
            throw Bad("attempted accounts", Text($"{attempted} accounts are marked attempted, more than the {_counters[AttemptsIn]} attempts in the period"));
        }

        long paying = 0;
        long collected = 0;
        foreach (var amount in _collected)
        {
            paying += amount != 0 ? 1 : 0;
            collected = SaturatingSum(collected, amount);
        }

        if (paying > _counters[PaymentsIn])
        {
            throw Bad("paying accounts", Text($"{paying} accounts are paying, more than the {_counters[PaymentsIn]} payments in the period"));
        }

        if (collected != whole.Payments[KpiTally.PaymentSum])
        {
            throw Bad("paying accounts", Text($"the amounts collected per account sum to {collected}, not to the {whole.Payments[KpiTally.PaymentSum]} the payment counters hold"));
        }
    }

    /// <summary>The sums of each field of a tally over its codes (for the channel tally: the whole).</summary>
    private sealed record Wholes(long[] Attempts, long[] Promises, long[] Complaints, long[] Payments, long[] Accounts, long[] AgentSeconds)
    {
        public static Wholes Of(KpiTally tally, string part)
        {
            try
            {
                return new(
                    Sums(tally.Attempts, KpiTally.AttemptStride),
                    Sums(tally.Promises, KpiTally.PromiseStride),
                    Sums(tally.Complaints, KpiTally.ComplaintStride),
                    Sums(tally.Payments, KpiTally.PaymentStride),
                    Sums(tally.Accounts, KpiTally.AccountWidth),
                    Sums(tally.AgentSeconds, 1));
            }
            catch (OverflowException)
            {
                throw Bad(part, "a counter summed over codes leaves the range of 64-bit numbers");
            }
        }

        private static long[] Sums(long[] cells, int stride)
        {
            var sums = new long[stride];
            for (var field = 0; field < stride; field++)
            {
                sums[field] = Whole(cells, field, stride);
            }

            return sums;
        }
    }
}
