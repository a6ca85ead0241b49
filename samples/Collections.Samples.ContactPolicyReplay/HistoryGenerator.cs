using System.Collections.Immutable;
using Collections.ContactPolicy;
using Collections.Core;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.Samples.PolicyReplay;

/// <summary>A synthetic history of attempts, generated from a seed: the same seed always gives the same history.</summary>
/// <param name="Attempts">The attempts, in time order.</param>
/// <param name="Debtors">How many debtors were generated.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record SyntheticHistory(ImmutableArray<HistoricalAttempt> Attempts, int Debtors, LocalDate From, LocalDate To);

/// <summary>
/// Generates what a collection team's dialler and messaging logs look like over a few months, with the situations a
/// policy change is about: most attempts on working days within hours, some early, late or at night, some on Fridays,
/// Saturdays, Ramadan afternoons and Eid holidays, bursts of calls to one debtor over a few days, disputes opened and
/// resolved, SMS opt-outs, a few WhatsApp messages and unapproved or English templates, guarantors and third parties.
/// </summary>
/// <remarks>
/// No real person is in it: debtors, accounts and contact points are numbered; phone numbers are made up (UK numbers
/// from Ofcom's range reserved for drama, 07700 900xxx). Where debtors are: 82 % a Saudi address; 8 % no address and a
/// Saudi and a UK mobile (both zones count); 5 % no address and a Saudi mobile; 3 % a stored zone (America/New_York);
/// 2 % a geocoded London address. Agents work in Riyadh time.
/// </remarks>
public static class HistoryGenerator
{
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    private static readonly MessageTemplate CallScript = new(new TemplateId("call-ar"), Channel.Call, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);

    private static readonly MessageTemplate EnglishCallScript = new(new TemplateId("call-en"), Channel.Call, "en",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);

    private static readonly MessageTemplate Sms = new(new TemplateId("sms-ar"), Channel.Sms, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);

    private static readonly MessageTemplate PromotionalSms = new(new TemplateId("sms-offer-ar"), Channel.Sms, "ar", [TemplateField.CreditorName]);

    private static readonly MessageTemplate Email = new(new TemplateId("email-ar"), Channel.Email, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);

    private static readonly MessageTemplate WhatsApp = new(new TemplateId("whatsapp-ar"), Channel.WhatsApp, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);

    private static readonly AttemptOutcome[] CallOutcomes =
    [
        .. Enumerable.Repeat(AttemptOutcome.NoAnswer, 45), .. Enumerable.Repeat(AttemptOutcome.Busy, 10), .. Enumerable.Repeat(AttemptOutcome.Voicemail, 10),
        .. Enumerable.Repeat(AttemptOutcome.RightParty, 25), .. Enumerable.Repeat(AttemptOutcome.WrongNumber, 5), .. Enumerable.Repeat(AttemptOutcome.ThirdParty, 5),
    ];

    /// <summary>Generates a history.</summary>
    /// <param name="attempts">How many attempts.</param>
    /// <param name="debtors">How many debtors.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="from">The first day.</param>
    /// <param name="months">How many months.</param>
    /// <param name="phoneNumbers">Where phone numbers' zones come from.</param>
    /// <returns>The history.</returns>
    public static SyntheticHistory Generate(int attempts, int debtors, int seed, LocalDate from, int months, IPhoneNumberTimeZoneSource phoneNumbers)
    {
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        var random = new Random(seed);
        var to = from.PlusMonths(months).PlusDays(-1);
        var days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var start = Riyadh.AtStartOfDay(from).ToInstant();
        var end = Riyadh.AtStartOfDay(to.PlusDays(1)).ToInstant();
        var people = Enumerable.Range(1, debtors).Select(i => NewPerson(i, random, start, end, phoneNumbers)).ToArray();

        // A fifth of the debtors are worked five times as hard (a collection team's queue is never even).
        var weights = people.Select((_, i) => i % 5 == 0 ? 5 : 1).ToArray();
        var total = weights.Sum();
        var result = new List<HistoricalAttempt>(attempts);
        while (result.Count < attempts)
        {
            if (random.NextDouble() < 0.012)
            {
                Burst(random, people[random.Next(people.Length)], from, days, result, attempts);
                continue;
            }

            var person = people[Pick(random, weights, total)];
            var day = WorkingDayMostly(random, from, days);
            result.Add(Attempt(random, person, day.At(TimeOfDay(random))));
        }

        return new SyntheticHistory([.. result.OrderBy(a => a.Request.At)], debtors, from, to);
    }

    private static HistoricalAttempt Attempt(Random random, Person person, LocalDateTime local, Channel? only = null)
    {
        var channel = only ?? Draw(random, (65, Channel.Call), (25, Channel.Sms), (8, Channel.Email), (2, Channel.WhatsApp));
        if (channel == Channel.Email && person.Email is null)
        {
            channel = Channel.Sms;
        }

        var template = channel == Channel.Call ? (random.NextDouble() < 0.02 ? EnglishCallScript : CallScript)
            : channel == Channel.Sms ? (random.NextDouble() < 0.06 ? PromotionalSms : Sms)
            : channel == Channel.Email ? Email
            : WhatsApp;
        var point = channel == Channel.Email ? person.Email!.Value
            : person.SecondMobile is { } second && random.NextDouble() < 0.3 ? second
            : person.Mobile;
        var recipient = Draw(random, (97, ContactPointRole.Debtor), (2, ContactPointRole.Guarantor), (1, ContactPointRole.ThirdParty));
        var outcome = channel == Channel.Call
            ? CallOutcomes[random.Next(CallOutcomes.Length)]
            : random.NextDouble() < 0.85 ? AttemptOutcome.Delivered : AttemptOutcome.Failed;
        var account = person.Accounts[random.Next(person.Accounts.Length)];
        var request = new ContactRequest(account.Id, person.Id, point, channel, local.InZoneLeniently(Riyadh).ToInstant(), person.Zones.Zones)
        {
            TimeZoneBasis = person.Zones.Basis,
            Template = template,
            TemplateId = template.Id,
            Recipient = recipient,
            Restrictions = ContactRestrictions.None with { OptOuts = person.OptOuts, Holds = account.Holds },
        };
        return new HistoricalAttempt(request, outcome);
    }

    /// <summary>Ten to sixteen calls to one debtor over two to six working days: over the monthly cap, and over daily and weekly limits.</summary>
    private static void Burst(Random random, Person person, LocalDate from, int days, List<HistoricalAttempt> result, int limit)
    {
        var first = WorkingDayMostly(random, from, Math.Max(1, days - 7));
        var spread = random.Next(2, 7);
        for (var i = random.Next(10, 17); i > 0 && result.Count < limit; i--)
        {
            var time = LocalTime.FromMinutesSinceMidnight(random.Next(9 * 60, 17 * 60));
            result.Add(Attempt(random, person, first.PlusDays(random.Next(spread)).At(time), Channel.Call));
        }
    }

    /// <summary>A day in the range: most attempts fall on working days; Fridays, Saturdays and holidays keep only some.</summary>
    private static LocalDate WorkingDayMostly(Random random, LocalDate from, int days)
    {
        var day = from.PlusDays(random.Next(days));
        for (var tries = 0; tries < 3; tries++)
        {
            var restDay = day.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday;
            var holiday = HolidayCalendar.Saudi.IsHoliday(day, out _);
            if ((restDay && random.NextDouble() < 0.88) || (holiday && random.NextDouble() < 0.7))
            {
                day = from.PlusDays(random.Next(days));
                continue;
            }

            break;
        }

        return day;
    }

    /// <summary>80 % within 09:00–17:00, 8 % 08:00–09:00, 7 % 17:00–21:00, 5 % at night.</summary>
    private static LocalTime TimeOfDay(Random random)
    {
        var r = random.NextDouble();
        var minutes = r < 0.80 ? random.Next(9 * 60, 17 * 60)
            : r < 0.88 ? random.Next(8 * 60, 9 * 60)
            : r < 0.95 ? random.Next(17 * 60, 21 * 60)
            : (21 * 60 + random.Next(11 * 60)) % (24 * 60);
        return LocalTime.FromMinutesSinceMidnight(minutes);
    }

    private static Person NewPerson(int index, Random random, Instant start, Instant end, IPhoneNumberTimeZoneSource phoneNumbers)
    {
        var key = "D" + index.ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
        var saudiMobile = "+96655" + (1_000_000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ukMobile = "+447700900" + (index % 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        var kind = random.Next(100);
        var mobile = new ContactPoint(new ContactPointId(key + "-M"), ContactPointKind.Mobile, kind >= 98 ? ukMobile : saudiMobile, ContactPointStatus.Valid);
        ContactPoint? second = kind is >= 82 and < 90 ? new ContactPoint(new ContactPointId(key + "-UK"), ContactPointKind.Mobile, ukMobile, ContactPointStatus.Valid) : null;
        ContactPoint? email = random.NextDouble() < 0.4
            ? new ContactPoint(new ContactPointId(key + "-E"), ContactPointKind.Email, key.ToLowerInvariant() + "@example.invalid", ContactPointStatus.Valid)
            : null;
        var debtor = new Debtor(new DebtorId(key))
        {
            TimeZone = kind is >= 95 and < 98 ? DateTimeZoneProviders.Tzdb["America/New_York"] : null,
            ContactPoints = [.. new[] { mobile, second, email }.OfType<ContactPoint>()],
        };
        var location = new DebtorLocation(debtor)
        {
            AddressCountryCode = kind < 82 ? "SA" : null,
            AddressZones = kind >= 98 ? [DateTimeZoneProviders.Tzdb["Europe/London"]] : [],
        };
        var accounts = Enumerable.Range(1, random.NextDouble() < 0.2 ? 2 : 1)
            .Select(n => new Account(new AccountId("A" + key[1..] + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Dispute(random, start, end)))
            .ToArray();
        var optOuts = random.NextDouble() < 0.03
            ? ImmutableArray.Create(new ChannelOptOut(Channel.Sms, Between(random, start, end)))
            : [];
        return new Person(debtor.Id, mobile.Id, second?.Id, email?.Id, location.Resolve(phoneNumbers, Riyadh), accounts, optOuts);
    }

    /// <summary>4 % of debts get a dispute somewhere in the range; 60 % of those are resolved 3 to 40 days later.</summary>
    private static ImmutableArray<ContactHold> Dispute(Random random, Instant start, Instant end)
    {
        if (random.NextDouble() >= 0.04)
        {
            return [];
        }

        var opened = Between(random, start, end);
        Instant? resolved = random.NextDouble() < 0.6 ? opened + Duration.FromDays(random.Next(3, 41)) : null;
        return [new ContactHold(HoldKind.Dispute, opened, resolved)];
    }

    private static Instant Between(Random random, Instant start, Instant end) =>
        start + Duration.FromMinutes(random.NextInt64((long)(end - start).TotalMinutes));

    private static int Pick(Random random, int[] weights, int total)
    {
        var r = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static T Draw<T>(Random random, params (int Weight, T Value)[] choices)
    {
        var r = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, value) in choices)
        {
            r -= weight;
            if (r < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private sealed record Account(AccountId Id, ImmutableArray<ContactHold> Holds);

    private sealed record Person(
        DebtorId Id, ContactPointId Mobile, ContactPointId? SecondMobile, ContactPointId? Email, TimeZoneCandidates Zones, Account[] Accounts, ImmutableArray<ChannelOptOut> OptOuts);
}
