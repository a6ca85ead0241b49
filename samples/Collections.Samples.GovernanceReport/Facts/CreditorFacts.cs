using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.GovernanceReport.Data;
using NodaTime;

namespace Collections.Samples.GovernanceReport.Facts;

/// <summary>One creditor's generated records turned into the library's facts: a codebook, promise evaluations
/// (<see cref="PromiseEvaluator"/>, then <see cref="KpiPromiseDue.FromPromise"/>), and per period a filled
/// <see cref="KpiAccumulator"/>. The sample does no KPI arithmetic of its own.</summary>
internal sealed class CreditorFacts
{
    private const int LoggedSecondsPerWorkingDay = 6 * 3600 + 1800;

    private readonly GovernanceData _data;
    private readonly ImmutableArray<AccountRecord> _accounts;
    private readonly Dictionary<AccountId, int> _index;
    private readonly Dictionary<(AccountId, LocalDate), SnapshotRecord> _snapshots;
    private readonly ushort _creditor;
    private readonly Dictionary<SegmentId, ushort> _segments;
    private readonly Dictionary<Channel, long> _unitCost;

    public CreditorFacts(GovernanceData data, CreditorId creditor, AgingBucketSet buckets)
    {
        _data = data;
        Creditor = creditor;
        Buckets = buckets;
        _accounts = [.. data.Accounts.Where(a => a.Creditor == creditor)];
        var ids = _accounts.Select(a => a.Id).ToHashSet();
        var codes = new KpiCodebookBuilder();
        _creditor = codes.Creditor(creditor);
        _segments = data.Segments.ToDictionary(s => s.Id, s => codes.Segment(s.Id));
        foreach (var agent in data.Agents)
        {
            codes.Code(KpiDimension.Agent, agent.Code);
        }

        foreach (var template in data.Templates)
        {
            codes.Code(KpiDimension.Template, template.Code);
        }

        _index = _accounts.ToDictionary(a => a.Id, a => codes.Account(a.Id));
        Codebook = codes.Build();
        Attempts = [.. data.Attempts.Where(a => ids.Contains(a.Account))];
        Promises = [.. data.Promises.Where(p => ids.Contains(p.Account))];
        Payments = [.. data.Payments.Where(p => ids.Contains(p.Account))];
        Complaints = [.. data.Complaints.Where(c => ids.Contains(c.Account))];
        _snapshots = data.Snapshots.Where(s => ids.Contains(s.Account)).ToDictionary(s => (s.Account, s.Date));
        _unitCost = data.ChannelCosts.ToDictionary(c => c.Channel, c => c.PerAttempt.MinorUnits);

        // Promises evaluated once, on the as-of date (the quarter's end + grace days), with the library's evaluator.
        var postedAt = data.Payments.Where(p => ids.Contains(p.Account)).Select(p => new Payment(
            new PaymentId(p.Id), p.Account, p.Amount, p.ValueDate, p.ValueDate.At(new LocalTime(12, 0)).InZoneLeniently(PromiseRulesZone).ToInstant(), PaymentMethod.BankTransfer));
        Evaluations = PromiseEvaluator.EvaluateAll(
            Promises.Select(p => PromiseToPay.Create(new PromiseId(p.Id), p.Account, p.CreatedOn, p.Amount, p.DueOn,
                new PromiseOrigin(p.Channel, string.IsNullOrEmpty(p.Agent) ? null : p.Agent, p.Template))),
            postedAt, [], data.AsOf);
    }

    private static DateTimeZone PromiseRulesZone => new PromiseRules().CreditorTimeZone;

    public CreditorId Creditor { get; }

    public GovernanceData Data => _data;

    public AgingBucketSet Buckets { get; }

    public KpiCodebook Codebook { get; }

    public IReadOnlyList<AccountRecord> Accounts => _accounts;

    public ImmutableArray<AttemptRecord> Attempts { get; }

    public ImmutableArray<PromiseRecord> Promises { get; }

    public ImmutableArray<PaymentRecord> Payments { get; }

    public ImmutableArray<ComplaintRecord> Complaints { get; }

    public ImmutableArray<PromiseEvaluation> Evaluations { get; }

    /// <summary>The account's snapshot at the end of a snapshot day, if it was placed by then.</summary>
    public SnapshotRecord? Snapshot(AccountId account, LocalDate day) => _snapshots.GetValueOrDefault((account, day));

    /// <summary>The KPI facts of one period, added to a new accumulator of the scope.</summary>
    /// <remarks>Accounts in inventory: placed by the period's end and owing something at its start (or placed during it).
    /// The start state is the snapshot of the day before the period, the end state the snapshot of its last day.</remarks>
    public KpiAccumulator Accumulate(KpiScope scope)
    {
        var period = scope.Period;
        var accumulator = new KpiAccumulator(scope);
        var keys = new Dictionary<AccountId, KpiKey>();
        foreach (var account in _accounts.Where(a => a.PlacedOn <= period.End))
        {
            var before = Snapshot(account.Id, period.Start.PlusDays(-1));
            var after = Snapshot(account.Id, period.End) ?? throw new InvalidOperationException($"No snapshot of {account.Id} on {period.End}.");
            var placedDuring = account.PlacedOn >= period.Start;
            if (!placedDuring && (before is null || before.Balance.MinorUnits == 0))
            {
                continue; // paid off before the period: no longer in inventory
            }

            var start = placedDuring ? (RollState?)null : State(before!);
            var key = new KpiKey(_creditor, 0, _segments[account.Segment], 0).WithBucket((start ?? State(after)).Bucket);
            keys[account.Id] = key;
            accumulator.Add(new KpiAccount(_index[account.Id], placedDuring ? InventoryStatus.PlacedDuring : InventoryStatus.AtStart)
            {
                Key = key,
                PlacedBalanceMinorUnits = account.PlacedBalance.MinorUnits,
                BalanceAtStartMinorUnits = before?.Balance.MinorUnits ?? 0,
                BalanceAtEndMinorUnits = after.Balance.MinorUnits,
                StartState = start,
                EndState = State(after),
                Resolution = after.Balance.MinorUnits == 0 ? AccountResolution.PaidInFull : AccountResolution.Unresolved,
            });
        }

        // An attempt, promise or payment carries its account's breakdown codes as they stood at the period's start
        // (segment and aging bucket); an account not in inventory (paid off earlier) keeps its segment, bucket 0.
        KpiKey KeyOf(AccountId account) => keys.GetValueOrDefault(account, new KpiKey(_creditor, 0, _segments[_accounts[_index[account]].Segment], 0));

        foreach (var attempt in Attempts.Where(a => period.Contains(a.Day)))
        {
            var results = (attempt.Promise ? ContactResults.Promise : ContactResults.None) | (attempt.PaymentTaken ? ContactResults.Payment : ContactResults.None)
                | (attempt.Dispute ? ContactResults.Dispute : ContactResults.None) | (attempt.Callback ? ContactResults.AgreedCallback : ContactResults.None);
            accumulator.Add(new KpiAttempt(_index[attempt.Account], attempt.Channel, attempt.Outcome, attempt.Day)
            {
                Key = KeyOf(attempt.Account),
                Agent = Code(KpiDimension.Agent, attempt.Agent),
                Template = Code(KpiDimension.Template, attempt.Template),
                Results = results,
                HandleSeconds = attempt.HandleSeconds,
                CostMinorUnits = (int)_unitCost.GetValueOrDefault(attempt.Channel),
            });
        }

        foreach (var evaluation in Evaluations.Where(e => period.Contains(e.DueOn)))
        {
            if (KpiPromiseDue.FromPromise(evaluation, Codebook, KeyOf(evaluation.Promise.AccountId)) is { } due)
            {
                accumulator.Add(due);
            }
        }

        foreach (var payment in Payments.Where(p => period.Contains(p.ValueDate)))
        {
            accumulator.Add(new KpiPayment(_index[payment.Account], payment.ValueDate, payment.Amount.MinorUnits) { Key = KeyOf(payment.Account) });
        }

        foreach (var complaint in Complaints.Where(c => period.Contains(c.Day)))
        {
            accumulator.Add(new KpiComplaint(_index[complaint.Account], complaint.Day) { Key = KeyOf(complaint.Account), Channel = complaint.Channel, Agent = Code(KpiDimension.Agent, complaint.Agent) });
        }

        foreach (var agent in _data.Agents)
        {
            for (var day = period.Start; day <= period.End; day = day.PlusDays(1))
            {
                if (day.DayOfWeek is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday))
                {
                    accumulator.Add(new KpiAgentTime(Code(KpiDimension.Agent, agent.Code), day, LoggedSecondsPerWorkingDay));
                }
            }
        }

        return accumulator;
    }

    /// <summary>The roll state of a snapshot (the library's rule: the bucket of its DPD, current when owing, else paid).</summary>
    public RollState State(SnapshotRecord snapshot) => RollState.Classify(Buckets, new DaysPastDue(snapshot.DaysPastDue), snapshot.Balance);

    private ushort Code(KpiDimension dimension, string label) =>
        string.IsNullOrEmpty(label) ? (ushort)0 : Codebook.TryGetCode(dimension, label, out var code) ? code : throw new InvalidOperationException($"No {dimension.Code} code for '{label}'.");
}
