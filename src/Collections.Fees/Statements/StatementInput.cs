using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>A statement request checked and indexed: the period's payments, reversals, adjustments and stages, placements per account, and what earlier statements charged.</summary>
internal sealed class StatementInput
{
    private readonly Dictionary<AccountId, List<AccountPlacement>> _placements = [];
    private readonly Dictionary<PaymentId, PaymentReversal> _reversals = [];
    private readonly HashSet<PaymentId> _postedInPeriod = [];
    private readonly Dictionary<PaymentId, (FeeStatementId Statement, List<FeeStatementLine> Lines)> _charged = [];
    private readonly Dictionary<PaymentId, FeeStatementId> _clawedBack = [];
    private readonly Dictionary<(AccountId, PlacementId, LegalStageCode), FeeStatementId> _stagesCharged = [];

    private StatementInput(FeeStatementRequest request)
    {
        Schedule = request.Schedule;
        Zone = request.CreditorZone;
        Period = request.Period;
    }

    public FeeSchedule Schedule { get; }

    public DateTimeZone Zone { get; }

    public DateInterval Period { get; }

    /// <summary>Payments posted up to the period's end.</summary>
    public List<Payment> Payments { get; } = [];

    /// <summary>Payments posted in the period, by value date, account and id (the order of the fee lines).</summary>
    public List<Payment> PeriodPayments { get; private set; } = [];

    /// <summary>Reversals posted up to the period's end.</summary>
    public IEnumerable<PaymentReversal> Reversals => _reversals.Values;

    /// <summary>Reversals posted in the period, by instant and payment.</summary>
    public List<PaymentReversal> PeriodReversals { get; private set; } = [];

    /// <summary>Adjustments effective up to the period's end.</summary>
    public List<AccountAdjustment> Adjustments { get; } = [];

    /// <summary>Adjustments effective in the period on a placement of the schedule's track.</summary>
    public List<AccountAdjustment> PeriodAdjustments { get; private set; } = [];

    /// <summary>Stages reached in the period, by date, account and stage.</summary>
    public List<LegalStageReached> PeriodStages { get; private set; } = [];

    public IEnumerable<KeyValuePair<AccountId, List<AccountPlacement>>> PlacementsByAccount => _placements;

    public static StatementInput Check(FeeStatementRequest request)
    {
        var input = new StatementInput(request);
        var violations = new List<string>();
        input.Index(request, violations);
        if (violations.Count > 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The request for fee statement {request.Id} is not valid ({violations.Count} problem(s)): ") + string.Join("; ", violations) + ".",
                nameof(request));
        }

        return input;
    }

    public LocalDate Day(Instant instant) => instant.InZone(Zone).Date;

    public IReadOnlyList<AccountPlacement> PlacementsOf(AccountId account) =>
        _placements.TryGetValue(account, out var list) ? list : [];

    public AccountPlacement? PlacementFor(AccountId account, LocalDate date)
    {
        if (_placements.TryGetValue(account, out var list))
        {
            foreach (var placement in list)
            {
                if (placement.Covers(date))
                {
                    return placement;
                }
            }
        }

        return null;
    }

    public PaymentReversal? ReversalOf(PaymentId payment) => _reversals.GetValueOrDefault(payment);

    public bool IsPostedInPeriod(PaymentId payment) => _postedInPeriod.Contains(payment);

    public (FeeStatementId Statement, List<FeeStatementLine> Lines)? ChargedLinesOf(PaymentId payment) =>
        _charged.TryGetValue(payment, out var charge) ? charge : null;

    public FeeStatementId? ClawedBackBy(PaymentId payment) => _clawedBack.TryGetValue(payment, out var statement) ? statement : null;

    /// <summary>The stages already charged, to be extended as this statement charges more.</summary>
    public Dictionary<(AccountId, PlacementId, LegalStageCode), FeeStatementId> ChargedStages() => new(_stagesCharged);

    private void Index(FeeStatementRequest request, List<string> violations)
    {
        var currency = Schedule.Currency;
        var end = Period.End;
        void Add(FormattableString text) => violations.Add(text.ToString(CultureInfo.InvariantCulture));

        for (var i = 0; i < request.Placements.Count; i++)
        {
            if (request.Placements[i] is not { } placement)
            {
                Add($"Placements[{i}] is null");
            }
            else if (placement.Track == Schedule.Track)
            {
                if (placement.PlacedBalance.Currency != currency)
                {
                    Add($"Placements[{i}] ({placement.PlacementId}, account {placement.AccountId}) has a balance in {placement.PlacedBalance.Currency}, not the schedule's {currency}");
                }

                if (!_placements.TryGetValue(placement.AccountId, out var list))
                {
                    _placements[placement.AccountId] = list = [];
                }

                list.Add(placement);
            }
        }

        foreach (var (account, list) in _placements)
        {
            list.Sort((a, b) => a.PlacedOn.CompareTo(b.PlacedOn));
            for (var i = 1; i < list.Count; i++)
            {
                if (list[i - 1].RecalledOn is not { } recalled || recalled > list[i].PlacedOn)
                {
                    Add($"Placements: account {account} has overlapping placements on the {Schedule.Track.Code} track ({list[i - 1].PlacementId} from {Date(list[i - 1].PlacedOn)} and {list[i].PlacementId} from {Date(list[i].PlacedOn)})");
                }
            }
        }

        var paymentIds = new Dictionary<PaymentId, int>();
        for (var i = 0; i < request.Payments.Count; i++)
        {
            if (request.Payments[i] is not { } payment)
            {
                Add($"Payments[{i}] is null");
                continue;
            }

            if (!paymentIds.TryAdd(payment.Id, i))
            {
                Add($"Payments[{i}] repeats payment id {payment.Id} (Payments[{paymentIds[payment.Id]}])");
                continue;
            }

            if (payment.Amount.Currency != currency)
            {
                Add($"Payments[{i}] ({payment.Id}) is in {payment.Amount.Currency}, not the schedule's {currency}");
                continue;
            }

            var day = Day(payment.PostedAt);
            if (day > end)
            {
                continue; // posted after the period: a later statement's
            }

            Payments.Add(payment);
            if (day >= Period.Start)
            {
                PeriodPayments.Add(payment);
                _postedInPeriod.Add(payment.Id);
            }
        }

        PeriodPayments = [.. PeriodPayments.OrderBy(p => p.ValueDate).ThenBy(p => p.AccountId).ThenBy(p => p.Id)];

        for (var i = 0; i < request.Reversals.Count; i++)
        {
            if (request.Reversals[i] is not { } reversal)
            {
                Add($"Reversals[{i}] is null");
            }
            else if (Day(reversal.PostedAt) > end)
            {
                continue;
            }
            else if (!_reversals.TryAdd(reversal.PaymentId, reversal))
            {
                Add($"Reversals[{i}] reverses payment {reversal.PaymentId} a second time");
            }
        }

        PeriodReversals = [.. _reversals.Values.Where(r => Day(r.PostedAt) >= Period.Start).OrderBy(r => r.PostedAt).ThenBy(r => r.PaymentId)];

        for (var i = 0; i < request.Adjustments.Count; i++)
        {
            if (request.Adjustments[i] is not { } adjustment)
            {
                Add($"Adjustments[{i}] is null");
            }
            else if (adjustment.Amount.Currency != currency)
            {
                Add($"Adjustments[{i}] ({adjustment.Id}) is in {adjustment.Amount.Currency}, not the schedule's {currency}");
            }
            else if (adjustment.EffectiveOn <= end)
            {
                Adjustments.Add(adjustment);
            }
        }

        PeriodAdjustments = [.. Adjustments
            .Where(a => a.EffectiveOn >= Period.Start && PlacementFor(a.AccountId, a.EffectiveOn) is not null)
            .OrderBy(a => a.EffectiveOn).ThenBy(a => a.AccountId).ThenBy(a => a.Id)];

        for (var i = 0; i < request.Stages.Count; i++)
        {
            if (request.Stages[i] is null)
            {
                Add($"Stages[{i}] is null");
            }
        }

        PeriodStages = [.. request.Stages
            .Where(s => s is not null && Period.Contains(s.ReachedOn))
            .OrderBy(s => s.ReachedOn).ThenBy(s => s.AccountId).ThenBy(s => s.Stage)];

        IndexEarlier(request, Add);
    }

    private void IndexEarlier(FeeStatementRequest request, Action<FormattableString> add)
    {
        var ids = new Dictionary<FeeStatementId, int>();
        for (var i = 0; i < request.EarlierStatements.Count; i++)
        {
            if (request.EarlierStatements[i] is not { } statement)
            {
                add($"EarlierStatements[{i}] is null");
                continue;
            }

            if (statement.Id == request.Id)
            {
                add($"EarlierStatements[{i}] is statement {request.Id} itself (a statement is issued once)");
                continue;
            }

            if (!ids.TryAdd(statement.Id, i))
            {
                add($"EarlierStatements[{i}] repeats statement {statement.Id} (EarlierStatements[{ids[statement.Id]}])");
                continue;
            }

            if (statement.Creditor != Schedule.Creditor || statement.Track != Schedule.Track || statement.Currency != Schedule.Currency)
            {
                add($"EarlierStatements[{i}] ({statement.Id}) is for {statement.Creditor}, {statement.Track.Code}, {statement.Currency}, not this schedule's {Schedule.Creditor}, {Schedule.Track.Code}, {Schedule.Currency}");
                continue;
            }

            foreach (var line in statement.Lines)
            {
                if (line.PaymentId is not { } payment)
                {
                    if (line.Kind == FeeLineKind.StageFee && line.AccountId is { } account && line.PlacementId is { } placement && line.Stage is { } stage)
                    {
                        _stagesCharged.TryAdd((account, placement, stage), statement.Id);
                    }

                    continue;
                }

                if (line.Kind == FeeLineKind.Clawback)
                {
                    _clawedBack.TryAdd(payment, statement.Id);
                }
                else if (line.Kind == FeeLineKind.Fee)
                {
                    _charged.TryAdd(payment, (statement.Id, [line]));
                }
                else if ((line.Kind == FeeLineKind.PaymentMinimum || line.Kind == FeeLineKind.PaymentCap)
                    && _charged.TryGetValue(payment, out var charge) && charge.Statement == statement.Id)
                {
                    charge.Lines.Add(line);
                }
            }
        }
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
