using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Collections.Core;
using Collections.Shared;

namespace Collections.Fees;

/// <summary>Reads and writes fee schedules as JSON (System.Text.Json, no other dependency); every violation is listed with its JSON path.</summary>
/// <remarks>
/// <para>Shape (amounts are JSON numbers in major units of the schedule's currency, with no more decimals than it has;
/// percentages are numbers, 12.5 meaning 12.5%; fields marked ? may be left out):</para>
/// <code>
/// { "schedule": "acme-legal-2026", "creditor": "ACME", "track": "legal", "currency": "SAR",
///   "vatPercent"?: 15, "directPaymentsEarn"?: true,
///   "minimumPerPayment"?: 25, "capPerPayment"?: 5000, "minimumPerStatement"?: 500, "capPerStatement"?: 100000,
///   "tiers": [ { "code": "A", "age": { "max"?: 180 }, "placedBalance"?: { "min"?: 0, "below"?: 50000 }, "percent": 10 },
///              { "code": "B", "age": { "min"?: 181 }, "percent": 15 } ],
///   "stageFees"?: [ { "stage": "filed", "fee": 1500 }, { "stage": "judgment", "fee": 2500 } ] }
/// </code>
/// <para>Refused with a <see cref="FeeScheduleException"/> naming each field: unknown fields (a typo is not ignored),
/// wrong types, an unknown track or currency, an amount with too many decimals, and everything
/// <see cref="FeeSchedule.Create"/> refuses (overlapping tiers, gaps between them, negative percentages, a cap below its
/// minimum…), with the same field names under <c>$.</c>.</para>
/// </remarks>
public static class FeeScheduleJson
{
    private static readonly string[] TopLevel =
        ["schedule", "creditor", "track", "currency", "vatPercent", "directPaymentsEarn", "minimumPerPayment", "capPerPayment", "minimumPerStatement", "capPerStatement", "tiers", "stageFees"];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a schedule from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FeeScheduleException">The JSON is not a valid schedule; every violation listed.</exception>
    public static FeeSchedule Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var schedule, out var violations) ? schedule : throw new FeeScheduleException("JSON", violations);
    }

    /// <summary>Reads a schedule from a JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="FeeScheduleException">The file is not a valid schedule; every violation listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FeeSchedule Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return TryParse(File.ReadAllText(path), out var schedule, out var violations) ? schedule : throw new FeeScheduleException(path, violations);
    }

    /// <summary>Tries to read a schedule from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schedule">The schedule when valid.</param>
    /// <param name="violations">Every violation when not (empty when valid).</param>
    /// <returns><see langword="true"/> when the JSON is a valid schedule.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out FeeSchedule? schedule, out IReadOnlyList<FeeScheduleViolation> violations)
    {
        var list = new List<FeeScheduleViolation>();
        schedule = null;
        if (json is null)
        {
            list.Add(new FeeScheduleViolation("$", "no JSON text"));
        }
        else
        {
            schedule = Read(json, list);
        }

        violations = list;
        return schedule is not null;
    }

    /// <summary>Writes a schedule as JSON in the shape <see cref="Parse"/> reads (indented, Arabic and other text unescaped).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text; parsing it gives an equal schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Write(FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schedule", schedule.Id.Value);
            writer.WriteString("creditor", schedule.Creditor.Value);
            writer.WriteString("track", schedule.Track.Code);
            writer.WriteString("currency", schedule.Currency.Code);
            writer.WriteNumber("vatPercent", schedule.VatPercent);
            writer.WriteBoolean("directPaymentsEarn", schedule.DirectPaymentsEarn);
            WriteAmount(writer, "minimumPerPayment", schedule.MinimumPerPayment);
            WriteAmount(writer, "capPerPayment", schedule.CapPerPayment);
            WriteAmount(writer, "minimumPerStatement", schedule.MinimumPerStatement);
            WriteAmount(writer, "capPerStatement", schedule.CapPerStatement);
            writer.WriteStartArray("tiers");
            foreach (var tier in schedule.Tiers)
            {
                writer.WriteStartObject();
                writer.WriteString("code", tier.Code);
                writer.WriteStartObject("age");
                if (tier.Age.Minimum is { } min)
                {
                    writer.WriteNumber("min", min);
                }

                if (tier.Age.Maximum is { } max)
                {
                    writer.WriteNumber("max", max);
                }

                writer.WriteEndObject();
                if (tier.PlacedBalance is { } balance)
                {
                    writer.WriteStartObject("placedBalance");
                    WriteAmount(writer, "min", balance.Minimum);
                    WriteAmount(writer, "below", balance.Below);
                    writer.WriteEndObject();
                }

                writer.WriteNumber("percent", tier.Percent);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (schedule.StageFees.Length > 0)
            {
                writer.WriteStartArray("stageFees");
                foreach (var stageFee in schedule.StageFees)
                {
                    writer.WriteStartObject();
                    writer.WriteString("stage", stageFee.Stage.Value);
                    writer.WriteNumber("fee", stageFee.Fee.Amount);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteAmount(Utf8JsonWriter writer, string name, Money? amount)
    {
        if (amount is { } value)
        {
            writer.WriteNumber(name, value.Amount);
        }
    }

    private static FeeSchedule? Read(string json, List<FeeScheduleViolation> violations)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            violations.Add(new FeeScheduleViolation("$", "not valid JSON: " + exception.Message));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var reader = new Reader(violations);
            if (!reader.CheckObject(root, "$", TopLevel))
            {
                return null;
            }

            var id = reader.Text(root, "schedule", "$", required: true) is { } idText && reader.Id(idText, "$.schedule", FeeScheduleId.TryCreate, out FeeScheduleId scheduleId) ? scheduleId : default;
            var creditor = reader.Text(root, "creditor", "$", required: true) is { } creditorText && reader.Id(creditorText, "$.creditor", CreditorId.TryCreate, out CreditorId creditorId) ? creditorId : default;
            CollectionTrack? track = null;
            if (reader.Text(root, "track", "$", required: true) is { } trackText && !CollectionTrack.TryFromCode(trackText, out track))
            {
                reader.Add("$.track", $"'{trackText}' is not a track (expected one of: {string.Join(", ", CollectionTrack.All.Select(t => t.Code))})");
            }

            var currency = default(Currency);
            if (reader.Text(root, "currency", "$", required: true) is { } code && !Currency.TryFromCode(code, out currency))
            {
                reader.Add("$.currency", $"'{code}' is not a known ISO 4217 currency code");
            }

            var terms = new FeeScheduleTerms
            {
                VatPercent = reader.Number(root, "vatPercent", "$", required: false) ?? FeeScheduleTerms.SaudiVatPercent,
                DirectPaymentsEarn = reader.Boolean(root, "directPaymentsEarn", "$") ?? true,
                MinimumPerPayment = reader.Amount(root, "minimumPerPayment", "$", currency),
                CapPerPayment = reader.Amount(root, "capPerPayment", "$", currency),
                MinimumPerStatement = reader.Amount(root, "minimumPerStatement", "$", currency),
                CapPerStatement = reader.Amount(root, "capPerStatement", "$", currency),
                StageFees = reader.Array(root, "stageFees", "$", required: false, (element, path) => StageFee(reader, element, path, currency)),
            };
            var tiers = reader.Array(root, "tiers", "$", required: true, (element, path) => Tier(reader, element, path, currency));
            if (violations.Count > 0)
            {
                return null;
            }

            if (FeeSchedule.TryCreate(id, creditor, track, currency, tiers, terms, out var schedule, out var found))
            {
                return schedule;
            }

            violations.AddRange(found.Select(v => v with { Field = "$." + v.Field }));
            return null;
        }
    }

    private static FeeTier? Tier(Reader reader, JsonElement element, string path, Currency currency)
    {
        if (!reader.CheckObject(element, path, "code", "age", "placedBalance", "percent"))
        {
            return null;
        }

        var code = reader.Text(element, "code", path, required: true);
        var percent = reader.Number(element, "percent", path, required: true);
        DaysPastDueRange? age = null;
        if (!element.TryGetProperty("age", out var ageElement))
        {
            reader.Add(path + ".age", "is required ({ \"min\"?: days, \"max\"?: days }; {} for every age)");
        }
        else if (reader.CheckObject(ageElement, path + ".age", "min", "max"))
        {
            age = new DaysPastDueRange(reader.Days(ageElement, "min", path + ".age"), reader.Days(ageElement, "max", path + ".age"));
        }

        MoneyRange? balance = null;
        if (element.TryGetProperty("placedBalance", out var balanceElement) && balanceElement.ValueKind != JsonValueKind.Null
            && reader.CheckObject(balanceElement, path + ".placedBalance", "min", "below"))
        {
            balance = new MoneyRange(currency, reader.Amount(balanceElement, "min", path + ".placedBalance", currency), reader.Amount(balanceElement, "below", path + ".placedBalance", currency));
        }

        return code is null || percent is null || age is null ? null : new FeeTier(code, age.Value, balance, percent.Value);
    }

    private static StageFee? StageFee(Reader reader, JsonElement element, string path, Currency currency)
    {
        if (!reader.CheckObject(element, path, "stage", "fee"))
        {
            return null;
        }

        var stage = reader.Text(element, "stage", path, required: true) is { } text && reader.Id(text, path + ".stage", LegalStageCode.TryCreate, out LegalStageCode code) ? code : (LegalStageCode?)null;
        var fee = reader.Amount(element, "fee", path, currency, required: true);
        return stage is { } s && fee is { } f ? new StageFee(s, f) : null;
    }

    private delegate bool TryCreateId<T>(string? text, out T id);

    /// <summary>Reads values, collecting every violation with its JSON path instead of stopping at the first.</summary>
    private sealed class Reader(List<FeeScheduleViolation> violations)
        : JsonFieldReader((path, message) => violations.Add(new FeeScheduleViolation(path, message)))
    {
        /// <summary>A whole number of days (optional).</summary>
        public int? Days(JsonElement element, string name, string path) =>
            Integer(element, name, path, required: false, "must be a whole number of days");

        /// <summary>A non-empty string property.</summary>
        public string? Text(JsonElement element, string name, string path, bool required) => String(element, name, path, required);

        public bool Id<T>(string text, string path, TryCreateId<T> create, out T id)
        {
            if (create(text, out id))
            {
                return true;
            }

            Add(path, $"'{text}' is not an identifier (no leading or trailing white space)");
            return false;
        }

        public decimal? Number(JsonElement element, string name, string path, bool required)
        {
            if (!Present(element, name, path, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            {
                Add(path + "." + name, "must be a number");
                return null;
            }

            return number;
        }

        public Money? Amount(JsonElement element, string name, string path, Currency currency, bool required = false)
        {
            if (Number(element, name, path, required) is not { } number || !currency.IsSpecified)
            {
                return null;
            }

            if (!Money.TryOf(number, currency, out var money))
            {
                Add(path + "." + name, string.Create(CultureInfo.InvariantCulture, $"{number} is not an amount {currency.Code} can hold ({currency.MinorUnitDigits} decimals at most)"));
                return null;
            }

            return money;
        }

    }
}
