using Collections.Core;
using Collections.Fees;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>Bounded FsCheck generators for fee tests: valid schedules and account histories around January 2026 in SAR.</summary>
public static class FeesGenerators
{
    /// <summary>The currency of generated schedules and histories.</summary>
    public static readonly Currency Sar = Currency.SaudiRiyal;

    /// <summary>The creditor of generated schedules.</summary>
    public static readonly CreditorId Creditor = new("CRED-1");

    /// <summary>January 2026, the period generated histories are centred on.</summary>
    public static readonly DateInterval January = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));

    /// <summary>February 2026, the period after <see cref="January"/>.</summary>
    public static readonly DateInterval February = new(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28));

    /// <summary>The legal stages generated schedules charge for.</summary>
    public static readonly LegalStageCode[] Stages = [new("filed"), new("judgment"), new("enforcement")];

    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>Valid schedules: up to five age tiers with random edges, the youngest sometimes split by placed balance,
    /// percentages 0–50% in hundredths, optional minimums and caps per payment and per statement, VAT 0, 5 or 15%.</summary>
    /// <param name="track">The track (legal schedules get stage fees).</param>
    /// <returns>The generator.</returns>
    public static Gen<FeeSchedule> Schedule(CollectionTrack track) =>
        from cuts in Gen.Choose(1, 720).ListOf()
        from percents in Gen.Choose(0, 5000).ArrayOf(9)
        from bandCuts in Gen.Choose(1, 5_000_000).ListOf()
        from banded in Gen.Elements(true, false)
        from paymentLimits in Limits(50_000)
        from statementLimits in Limits(2_000_000)
        from vat in Gen.Elements(0m, 5m, 15m)
        from direct in Gen.Elements(true, false)
        from stageFees in Gen.Choose(0, 500_000).ArrayOf(Stages.Length)
        select Build(track, cuts, percents, bandCuts, banded, paymentLimits, statementLimits, vat, direct, stageFees);

    /// <summary>Histories for a statement of <see cref="January"/> (and <see cref="February"/>): one to six accounts placed
    /// between November 2025 and January 2026 (some recalled), payments with value dates from October 2025 to February
    /// 2026 posted up to five days later (some directly to the creditor, some reversed up to 40 days later), credit notes,
    /// write-offs and waivers, and legal stages reached.</summary>
    /// <param name="track">The track of the schedule and placements.</param>
    /// <returns>The generator.</returns>
    public static Gen<FeeHistory> History(CollectionTrack track) =>
        from schedule in Schedule(track)
        from accountCount in Gen.Choose(1, 6)
        from accounts in Account(track).ArrayOf(accountCount)
        select new FeeHistory(
            schedule,
            [.. accounts.Select((a, i) => a.Placement(i))],
            [.. accounts.SelectMany((a, i) => a.Payments(i))],
            [.. accounts.SelectMany((a, i) => a.Reversals(i))],
            [.. accounts.SelectMany((a, i) => a.Adjustments(i))],
            [.. accounts.SelectMany((a, i) => a.StageEvents(i))]);

    /// <summary>A request for the statement of a period over a history.</summary>
    /// <param name="history">The history.</param>
    /// <param name="id">The statement's identifier.</param>
    /// <param name="period">The period.</param>
    /// <param name="earlier">Statements already issued.</param>
    /// <returns>The request.</returns>
    public static FeeStatementRequest Request(FeeHistory history, string id, DateInterval period, params FeeStatement[] earlier)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new FeeStatementRequest(new FeeStatementId(id), history.Schedule, period)
        {
            Placements = history.Placements,
            Payments = history.Payments,
            Reversals = history.Reversals,
            Adjustments = history.Adjustments,
            Stages = history.Stages,
            EarlierStatements = earlier,
        };
    }

    /// <summary>An instant on a local day in Riyadh, at the given hour.</summary>
    /// <param name="date">The day.</param>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <returns>The instant.</returns>
    public static Instant InRiyadh(LocalDate date, int hour = 10) => date.At(new LocalTime(hour, 0)).InZoneStrictly(Riyadh).ToInstant();

    private static Gen<(long? Minimum, long? Cap)> Limits(int scale) =>
        from hasMinimum in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from hasCap in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from minimum in Gen.Choose(0, scale)
        from extra in Gen.Choose(1, scale * 10)
        select ((long?)(hasMinimum ? minimum : null), (long?)(hasCap ? (hasMinimum ? minimum : 0) + extra : null));

    private static FeeSchedule Build(
        CollectionTrack track,
        List<int> cuts,
        int[] percents,
        List<int> bandCuts,
        bool banded,
        (long? Minimum, long? Cap) paymentLimits,
        (long? Minimum, long? Cap) statementLimits,
        decimal vat,
        bool direct,
        int[] stageFees)
    {
        var edges = cuts.Distinct().Order().Take(4).ToArray();
        var bands = bandCuts.Distinct().Order().Take(3).Select(c => (long)c).ToArray();
        var tiers = new List<FeeTier>();
        for (var g = 0; g <= edges.Length; g++)
        {
            var age = new DaysPastDueRange(g == 0 ? null : edges[g - 1], g == edges.Length ? null : edges[g] - 1);
            var percent = percents[g] / 100m;
            if (g == 0 && banded && bands.Length > 0)
            {
                for (var b = 0; b <= bands.Length; b++)
                {
                    var range = new MoneyRange(Sar, b == 0 ? Money.Zero(Sar) : Money.FromMinorUnits(bands[b - 1], Sar), b == bands.Length ? null : Money.FromMinorUnits(bands[b], Sar));
                    tiers.Add(new FeeTier($"T{g}.{b}", age, range, percents[5 + Math.Min(b, 3)] / 100m));
                }
            }
            else
            {
                tiers.Add(FeeTier.ForAge($"T{g}", age, percent));
            }
        }

        Money? Of(long? minor) => minor is { } m ? Money.FromMinorUnits(m, Sar) : null;
        return FeeSchedule.Create(
            new FeeScheduleId("generated-" + track.Code),
            Creditor,
            track,
            Sar,
            tiers,
            new FeeScheduleTerms
            {
                MinimumPerPayment = Of(paymentLimits.Minimum),
                CapPerPayment = Of(paymentLimits.Cap),
                MinimumPerStatement = Of(statementLimits.Minimum),
                CapPerStatement = Of(statementLimits.Cap),
                VatPercent = vat,
                DirectPaymentsEarn = direct,
                StageFees = track == CollectionTrack.Legal ? [.. Stages.Select((s, i) => new StageFee(s, Money.FromMinorUnits(stageFees[i], Sar)))] : [],
            });
    }

    private static Gen<GeneratedAccount> Account(CollectionTrack track) =>
        from placedOffset in Gen.Choose(-60, 20)
        from age in Gen.Choose(-10, 900)
        from balance in Gen.Choose(100, 10_000_000)
        from recallAfter in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 90)))
        from payments in PaymentDraft().ListOf()
        from adjustments in GeneratedAdjustment().ListOf()
        from stages in (from s in Gen.Choose(0, Stages.Length - 1) from offset in Gen.Choose(-30, 45) select (Stages[s], offset)).ListOf()
        select new GeneratedAccount(track, placedOffset, age, balance, recallAfter, [.. payments.Take(6)], [.. adjustments.Take(2)], [.. stages.Take(3)]);

    private static Gen<GeneratedPayment> PaymentDraft() =>
        from valueOffset in Gen.Choose(-90, 40)
        from postDelay in Gen.Choose(0, 5)
        from hour in Gen.Choose(0, 23)
        from amount in Gen.Choose(1, 5_000_000)
        from direct in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from reversal in Gen.Frequency((5, Gen.Constant(-1)), (1, Gen.Choose(0, 40)))
        select new GeneratedPayment(valueOffset, postDelay, hour, amount, direct, reversal);

    private static Gen<(int Offset, int Amount, int Kind)> GeneratedAdjustment() =>
        from offset in Gen.Choose(-30, 40)
        from amount in Gen.Choose(1, 2_000_000)
        from kind in Gen.Choose(0, 2)
        select (offset, amount, kind);

    private sealed record GeneratedPayment(int ValueOffset, int PostDelay, int Hour, int Amount, bool Direct, int ReversalDelay);

    private sealed record GeneratedAccount(
        CollectionTrack Track,
        int PlacedOffset,
        int Age,
        int Balance,
        int RecallAfter,
        GeneratedPayment[] GeneratedPayments,
        (int Offset, int Amount, int Kind)[] GeneratedAdjustments,
        (LegalStageCode Stage, int Offset)[] GeneratedStages)
    {
        private LocalDate PlacedOn => January.Start.PlusDays(PlacedOffset);

        public AccountPlacement Placement(int index) =>
            new(new PlacementId("PL-1"), AccountId(index), Track, PlacedOn, new DaysPastDue(Age), Money.FromMinorUnits(Balance, Sar), RecallAfter == 0 ? null : PlacedOn.PlusDays(RecallAfter));

        public IEnumerable<Payment> Payments(int index) => GeneratedPayments.Select((p, j) =>
        {
            var valueDate = January.Start.PlusDays(p.ValueOffset);
            return new Payment(PaymentId(index, j), AccountId(index), Money.FromMinorUnits(p.Amount, Sar), valueDate, InRiyadh(valueDate.PlusDays(p.PostDelay), p.Hour), PaymentMethod.BankTransfer)
            {
                Route = p.Direct ? PaymentRoute.DirectToCreditor : PaymentRoute.ViaCollector,
            };
        });

        public IEnumerable<PaymentReversal> Reversals(int index) => GeneratedPayments
            .Select((p, j) => (p, j))
            .Where(x => x.p.ReversalDelay >= 0)
            .Select(x => new PaymentReversal(
                PaymentId(index, x.j),
                AccountId(index),
                InRiyadh(January.Start.PlusDays(x.p.ValueOffset + x.p.PostDelay + x.p.ReversalDelay), 23),
                "cheque returned"));

        public IEnumerable<AccountAdjustment> Adjustments(int index) => GeneratedAdjustments.Select((a, j) =>
            new AccountAdjustment(new AdjustmentId($"ADJ-{index}-{j}"), AccountId(index), AdjustmentKind.All[a.Kind], Money.FromMinorUnits(a.Amount, Sar), January.Start.PlusDays(a.Offset)));

        public IEnumerable<LegalStageReached> StageEvents(int index) =>
            GeneratedStages.Select(s => new LegalStageReached(AccountId(index), s.Stage, January.Start.PlusDays(s.Offset)));

        private static AccountId AccountId(int index) => new($"ACC-{index}");

        private static PaymentId PaymentId(int index, int payment) => new($"P-{index}-{payment}");
    }
}

/// <summary>A generated schedule with the account histories a statement is calculated from.</summary>
/// <param name="Schedule">The schedule.</param>
/// <param name="Placements">One placement per account.</param>
/// <param name="Payments">Payments.</param>
/// <param name="Reversals">Reversals of some of them.</param>
/// <param name="Adjustments">Credit notes, write-offs and waivers.</param>
/// <param name="Stages">Legal stages reached.</param>
public sealed record FeeHistory(
    FeeSchedule Schedule,
    AccountPlacement[] Placements,
    Payment[] Payments,
    PaymentReversal[] Reversals,
    AccountAdjustment[] Adjustments,
    LegalStageReached[] Stages)
{
    /// <summary>A short description for a failing case.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        $"{Schedule.Tiers.Length} tiers, {Placements.Length} placements, {Payments.Length} payments, {Reversals.Length} reversals, {Adjustments.Length} adjustments, {Stages.Length} stages";
}
