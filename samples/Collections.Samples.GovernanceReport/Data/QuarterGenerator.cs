using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Samples.GovernanceReport.Data;

/// <summary>Generates two seeded quarters of collection work (the report's quarter, Q3 2026, and the one before it, Q2, for the
/// roll-rate comparison) (synthetic: invented names and identifiers, no personal data).</summary>
/// <remarks>
/// <para>Accounts are simulated day by day: days past due grow by one a day while an account is in arrears; a payment of at
/// least one installment takes 30 days off (a payment of the balance pays it off); a current account's installment falls
/// due on its due day. Delinquent accounts are attempted on working days (Sunday–Thursday) by call, field visit, SMS,
/// WhatsApp or e-mail; a right-party contact may record a promise, a payment, a dispute or a callback; a promise is kept,
/// partially kept or broken by payments the generator schedules.</para>
/// <para>Accounts in inventory at the start are placed before Q2 (their days past due are set on 31 March); 12% more are
/// placed during Q3.</para>
/// <para>Planted so that recommendations fire: the <c>credit-cards</c> segment deteriorates from Q3's third week
/// (fewer payments, so more accounts roll forward); agent <c>agent-05</c> and the script <c>call-firm</c> keep fewer of
/// their promises than the others.</para>
/// </remarks>
internal static class QuarterGenerator
{
    /// <summary>Promise grace days (the library's default).</summary>
    public const int GraceDays = 3;

    /// <summary>The segment whose forward roll rate is made to rise.</summary>
    public static readonly SegmentId DeterioratingSegment = new("credit-cards");

    /// <summary>The weaker agent.</summary>
    public const string WeakAgent = "agent-05";

    /// <summary>The weaker call script.</summary>
    public const string WeakTemplate = "call-firm";

    private static readonly LocalDate PreviousStart = new(2026, 4, 1);
    private static readonly LocalDate QuarterStart = new(2026, 7, 1);
    private static readonly LocalDate QuarterEnd = new(2026, 9, 30);

    public static GovernanceData Generate(int accounts, int seed, ImmutableArray<ChannelCost> channelCosts, IProgress<double>? progress = null)
    {
        var random = new Random(seed);
        var currency = Currency.SaudiRiyal;
        var quarter = new DateInterval(QuarterStart, QuarterEnd);
        var previous = new DateInterval(PreviousStart, QuarterStart.PlusDays(-1));
        var asOf = QuarterEnd.PlusDays(GraceDays + 1);
        var deteriorationFrom = QuarterStart.PlusWeeks(2).Next(IsoDayOfWeek.Sunday);

        ImmutableArray<CreditorRecord> creditors =
        [
            new(new CreditorId("waha-bank"), new BilingualText("Al-Waha Bank (synthetic)", "بنك الواحة (بيانات اصطناعية)")),
            new(new CreditorId("nakheel-finance"), new BilingualText("Nakheel Finance (synthetic)", "النخيل للتمويل (بيانات اصطناعية)")),
        ];
        ImmutableArray<SegmentRecord> segments =
        [
            new(new SegmentId("personal-loans"), new BilingualText("Personal loans", "القروض الشخصية")),
            new(DeterioratingSegment, new BilingualText("Credit cards", "البطاقات الائتمانية")),
            new(new SegmentId("auto-finance"), new BilingualText("Auto finance", "تمويل السيارات")),
            new(new SegmentId("sme"), new BilingualText("Small businesses", "المنشآت الصغيرة")),
        ];
        // Call signs, not "Agent 05": the recommendation texts say "Agent {name}", and no generated name is a person's.
        (string English, string Arabic)[] callSigns =
            [("Alpha", "ألفا"), ("Bravo", "برافو"), ("Charlie", "تشارلي"), ("Delta", "دلتا"), ("Echo", "إيكو"), ("Foxtrot", "فوكستروت")];
        var agents = callSigns
            .Select((name, i) => new AgentRecord($"agent-{i + 1:00}", new BilingualText(name.English, name.Arabic)))
            .ToImmutableArray();
        ImmutableArray<TemplateRecord> templates =
        [
            new("call-standard", Channel.Call, new BilingualText("Call script: standard", "نص المكالمة: القياسي")),
            new("call-empathy", Channel.Call, new BilingualText("Call script: hardship first", "نص المكالمة: مراعاة الظروف")),
            new(WeakTemplate, Channel.Call, new BilingualText("Call script: firm reminder", "نص المكالمة: تذكير حازم")),
            new("visit-standard", Channel.Visit, new BilingualText("Field visit: standard", "الزيارة الميدانية: القياسي")),
            new("sms-reminder", Channel.Sms, new BilingualText("SMS: payment reminder", "رسالة نصية: تذكير بالسداد")),
            new("wa-reminder", Channel.WhatsApp, new BilingualText("WhatsApp: payment reminder", "واتساب: تذكير بالسداد")),
            new("email-notice", Channel.Email, new BilingualText("E-mail: overdue notice", "بريد إلكتروني: إشعار تأخر")),
        ];
        var cost = channelCosts.ToDictionary(c => c.Channel, c => c.PerAttempt);

        // 1. Accounts: 88% in inventory at the start (DPD on the day before the quarter), 12% placed during it.
        var states = new List<AccountState>(accounts);
        for (var i = 0; i < accounts; i++)
        {
            var creditor = random.NextDouble() < 0.7 ? creditors[0] : creditors[1];
            var segment = segments[Pick(random, 35, 30, 20, 15)];
            var placedDuring = random.NextDouble() < 0.12;
            var placedOn = placedDuring ? QuarterStart.PlusDays(random.Next(0, 85)) : PreviousStart.PlusDays(-random.Next(30, 400));
            var balance = (long)Math.Round(Math.Exp(Math.Log(1_500) + (random.NextDouble() * (Math.Log(60_000) - Math.Log(1_500)))) * 100);
            var installment = Math.Max(100_00, balance / random.Next(12, 37));
            var dpd = placedDuring
                ? random.Next(20, 121)
                : Pick(random, 25, 30, 18, 12, 8, 7) switch
                {
                    0 => 0,
                    1 => random.Next(1, 31),
                    2 => random.Next(31, 61),
                    3 => random.Next(61, 91),
                    4 => random.Next(91, 121),
                    _ => random.Next(121, 361),
                };
            var record = new AccountRecord(
                new AccountId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ACC-{i + 1:00000}")), creditor.Id, segment.Id,
                agents[i % agents.Length].Code, placedOn, Money.FromMinorUnits(balance, currency), Money.FromMinorUnits(installment, currency));
            states.Add(new AccountState(record, balance, installment, dpd, DueDay: random.Next(1, 29)));
        }

        var attempts = new List<AttemptRecord>();
        var promises = new List<PromiseRecord>();
        var payments = new List<PaymentRecord>();
        var complaints = new List<ComplaintRecord>();
        var snapshots = new List<SnapshotRecord>();
        var scheduled = new Dictionary<LocalDate, List<(AccountState Account, long Amount)>>();
        var snapshotDays = SnapshotDays(new DateInterval(PreviousStart, QuarterEnd));

        void Snapshot(LocalDate day)
        {
            foreach (var s in states.Where(s => s.Record.PlacedOn <= day))
            {
                snapshots.Add(new SnapshotRecord(s.Record.Id, day, s.Balance > 0 ? s.Dpd : 0, Money.FromMinorUnits(s.Balance, currency)));
            }
        }

        void Pay(AccountState s, LocalDate day, long amount)
        {
            amount = Math.Min(amount, s.Balance);
            if (amount <= 0)
            {
                return;
            }

            payments.Add(new PaymentRecord(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PAY-{payments.Count + 1:000000}"), s.Record.Id, day, Money.FromMinorUnits(amount, currency)));
            s.Balance -= amount;
            s.Dpd = s.Balance == 0 ? 0 : Math.Max(0, s.Dpd - (30 * (int)Math.Max(1, amount / s.Installment)));
        }

        void Schedule(LocalDate day, AccountState s, long amount)
        {
            if (!scheduled.TryGetValue(day, out var list))
            {
                scheduled[day] = list = [];
            }

            list.Add((s, amount));
        }

        Snapshot(PreviousStart.PlusDays(-1));
        var totalDays = Period.Between(PreviousStart, asOf, PeriodUnits.Days).Days + 1;
        var dayIndex = 0;
        for (var day = PreviousStart; day <= asOf; day = day.PlusDays(1), dayIndex++)
        {
            var inQuarter = day <= QuarterEnd;
            var working = day.DayOfWeek is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday);
            foreach (var s in states)
            {
                if (s.Record.PlacedOn > day || s.Balance == 0)
                {
                    continue;
                }

                var deteriorating = s.Record.Segment == DeterioratingSegment && day >= deteriorationFrom;

                // Days past due move on; a current account's installment falls due on its due day.
                if (s.Dpd > 0)
                {
                    s.Dpd++;
                }
                else if (day.Day == s.DueDay)
                {
                    if (random.NextDouble() < (deteriorating ? 0.5 : 0.9))
                    {
                        Pay(s, day, s.Installment);
                    }
                    else
                    {
                        s.Dpd = 1;
                    }
                }

                // Payments without a promise.
                if (s.Dpd > 0 && random.NextDouble() < (deteriorating ? 0.0015 : 0.006))
                {
                    Pay(s, day, s.Installment * random.Next(1, 3));
                }

                if (!inQuarter || !working || s.Dpd == 0 || random.NextDouble() >= (s.Dpd > 60 ? 0.16 : 0.11))
                {
                    continue;
                }

                // An attempt.
                var channel = s.Dpd > 60
                    ? Pick(random, 52, 6, 16, 14, 12) switch { 0 => Channel.Call, 1 => Channel.Visit, 2 => Channel.Sms, 3 => Channel.WhatsApp, _ => Channel.Email }
                    : Pick(random, 55, 0, 18, 16, 11) switch { 0 => Channel.Call, 2 => Channel.Sms, 3 => Channel.WhatsApp, _ => Channel.Email };
                var agent = channel == Channel.Call || channel == Channel.Visit ? s.Record.Agent : string.Empty;
                var template = channel == Channel.Call ? templates[Pick(random, 40, 30, 30)].Code
                    : channel == Channel.Visit ? "visit-standard"
                    : channel == Channel.Sms ? "sms-reminder"
                    : channel == Channel.WhatsApp ? "wa-reminder" : "email-notice";
                var outcome = Outcome(random, channel);
                bool promise = false, paid = false, dispute = false, callback = false;
                var handle = 0;
                if (outcome.IsContact && (channel == Channel.Call || channel == Channel.Visit))
                {
                    handle = channel == Channel.Visit ? random.Next(600, 1500) : random.Next(90, 420);
                }

                if (outcome.IsRightPartyContact)
                {
                    var r = random.NextDouble();
                    promise = r < 0.42;
                    paid = r is >= 0.42 and < 0.48;
                    dispute = r is >= 0.48 and < 0.50;
                    callback = r is >= 0.50 and < 0.58;
                    if (random.NextDouble() < (agent == WeakAgent ? 0.03 : 0.008))
                    {
                        complaints.Add(new ComplaintRecord(s.Record.Id, day, channel, agent));
                    }
                }

                attempts.Add(new AttemptRecord(s.Record.Id, day, channel, outcome, agent, template, promise, paid, dispute, callback, handle));
                if (paid)
                {
                    Pay(s, day, random.NextDouble() < 0.2 ? s.Balance : s.Installment); // one in five settles in full
                }

                if (promise)
                {
                    var due = day.PlusDays(random.Next(3, 11));
                    var amount = random.NextDouble() < 0.1 ? s.Balance : Math.Min(s.Balance, s.Installment * random.Next(1, 3)); // one in ten promises the balance
                    promises.Add(new PromiseRecord(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PTP-{promises.Count + 1:000000}"), s.Record.Id, day,
                        Money.FromMinorUnits(amount, currency), due, channel, agent, template));
                    var keep = 0.74 * (agent == WeakAgent ? 0.5 : 1) * (template == WeakTemplate ? 0.62 : 1) * (deteriorating ? 0.7 : 1);
                    var fate = random.NextDouble();
                    if (fate < keep)
                    {
                        Schedule(day.PlusDays(random.Next(1, Period.Between(day, due, PeriodUnits.Days).Days + 1 + GraceDays)), s, amount);
                    }
                    else if (fate < keep + 0.08)
                    {
                        Schedule(day.PlusDays(random.Next(1, Period.Between(day, due, PeriodUnits.Days).Days + 1)), s, Math.Max(1, amount * random.Next(30, 80) / 100));
                    }
                    else if (fate < keep + 0.14)
                    {
                        Schedule(due.PlusDays(GraceDays + random.Next(1, 10)), s, amount);
                    }
                }
            }

            if (scheduled.Remove(day, out var due2))
            {
                foreach (var (account, amount) in due2)
                {
                    Pay(account, day, amount);
                }
            }

            if (snapshotDays.Contains(day))
            {
                Snapshot(day);
            }

            progress?.Report((dayIndex + 1) / (double)totalDays);
        }

        return new GovernanceData(
            seed, quarter, previous, currency, creditors, segments, agents, templates, channelCosts,
            [.. states.Select(s => s.Record)], [.. attempts], [.. promises], [.. payments], [.. complaints], [.. snapshots]);
    }

    /// <summary>The snapshot days inside the quarter: every Saturday (a Saudi week ends on Saturday), every month end.</summary>
    public static SortedSet<LocalDate> SnapshotDays(DateInterval quarter)
    {
        var days = new SortedSet<LocalDate>();
        for (var day = quarter.Start; day <= quarter.End; day = day.PlusDays(1))
        {
            if (day.DayOfWeek == IsoDayOfWeek.Saturday || day.PlusDays(1).Day == 1 || day == quarter.End)
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static AttemptOutcome Outcome(Random random, Channel channel)
    {
        if (channel == Channel.Call)
        {
            return Pick(random, 24, 33, 8, 16, 5, 4, 10) switch
            {
                0 => AttemptOutcome.RightParty, 1 => AttemptOutcome.NoAnswer, 2 => AttemptOutcome.Busy, 3 => AttemptOutcome.Voicemail,
                4 => AttemptOutcome.WrongNumber, 5 => AttemptOutcome.Disconnected, _ => AttemptOutcome.ThirdParty,
            };
        }

        if (channel == Channel.Visit)
        {
            return Pick(random, 55, 20, 25) switch { 0 => AttemptOutcome.RightParty, 1 => AttemptOutcome.ThirdParty, _ => AttemptOutcome.NoAnswer };
        }

        return channel == Channel.Sms
            ? Pick(random, 10, 90) == 0 ? AttemptOutcome.Failed : AttemptOutcome.Delivered
            : Pick(random, 6, 40, 42, 12) switch { 0 => AttemptOutcome.Failed, 1 => AttemptOutcome.Delivered, 2 => AttemptOutcome.Read, _ => AttemptOutcome.Replied };
    }

    private static int Pick(Random random, params int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private sealed class AccountState(AccountRecord record, long balance, long installment, int dpd, int DueDay)
    {
        public AccountRecord Record { get; } = record;

        public long Balance { get; set; } = balance;

        public long Installment { get; } = installment;

        public int Dpd { get; set; } = dpd;

        public int DueDay { get; } = DueDay;
    }
}
