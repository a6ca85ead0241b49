using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi.Governance;

/// <summary>The canonical text of a governance report's inputs, hashed with SHA-256 for its provenance.</summary>
/// <remarks>The order and the line formats are documented in docs/governance-report.md ("Provenance"); change them only
/// with a new <see cref="Version"/>.</remarks>
internal static class GovernanceCanonicalInput
{
    public const int Version = 1;

    public static string Write(
        CreditorId creditor,
        GovernancePeriodKind kind,
        IsoDayOfWeek firstDayOfWeek,
        string zone,
        Currency currency,
        AgingBucketSet buckets,
        KpiBaseline? baseline,
        ImmutableArray<KpiTarget> targets,
        ImmutableArray<GovernanceChannelCost> costs,
        ImmutableArray<GovernancePeriodReport> periods,
        ImmutableArray<GovernanceAccountActivity> accounts)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line("governance-report-input " + Number(Version));
        Line("creditor " + Text(creditor.Value));
        Line("kind " + kind.Code);
        Line("first_day_of_week " + Number((int)firstDayOfWeek));
        Line("zone " + Text(zone));
        Line("currency " + currency.Code + " " + Number(currency.MinorUnitDigits));
        Line("buckets " + string.Join(" ", buckets.Buckets.Select(b => Text(b.Label))));
        if (baseline is null)
        {
            Line("baseline none");
        }
        else
        {
            Line("baseline " + Text(baseline.Label) + " " + (baseline.Period is { } p ? Date(p.Start) + " " + Date(p.End) : "none"));
            foreach (var value in baseline.Values)
            {
                Line("baseline_value " + value.Id.Code + " " + Decimal(value.Value));
            }
        }

        foreach (var target in targets)
        {
            Line("target " + target.Id.Code + " " + Decimal(target.Value));
        }

        foreach (var cost in costs)
        {
            Line("channel_cost " + cost.Channel.Code + " " + Number(cost.CostPerAttempt.MinorUnits));
        }

        foreach (var period in periods)
        {
            Line("period " + Date(period.Period.Start) + " " + Date(period.Period.End));
            foreach (var kpi in period.Kpis)
            {
                Figure("kpi", kpi.Figure, null);
            }

            foreach (var channel in period.Channels)
            {
                Figure("channel", channel.RightPartyContactRate, null);
                Figure("channel", channel.ChannelContactRate, null);
            }

            foreach (var line in period.PromiseKeptByAgent.Concat(period.PromiseKeptByTemplate))
            {
                Figure("promise_kept", line.KeptRate, line.Label);
                Figure("promise_kept", line.KeptAmountRate, line.Label);
            }

            foreach (var segment in period.Segments)
            {
                Figure("segment", segment.ForwardRoll, segment.Label);
                Figure("segment", segment.ForwardRollBalance, segment.Label);
            }

            foreach (var cell in period.RollRates.Cells.Where(c => c.Count != 0 || !c.Balance.IsZero))
            {
                Line("roll " + Text(cell.From.Label) + " " + Text(cell.To.Label) + " " + Number(cell.Count) + " " + Number(cell.Balance.MinorUnits));
            }

            if (period.Aging is { } aging)
            {
                Line("aging " + Date(aging.AsOf));
                foreach (var line in aging.Lines)
                {
                    Line("aging_line " + Text(line.Bucket.Label) + " " + Number(line.Accounts) + " " + Number(line.Balance.MinorUnits));
                }
            }
        }

        foreach (var a in accounts)
        {
            Line("account " + Text(a.Account.Value) + " " + Text(a.Creditor.Value) + " " + Number(a.DaysPastDue.Value) + " " + Number(a.Balance.MinorUnits)
                + " " + Number(a.Attempts) + " " + Number(a.PromisesKept) + " " + (a.HasOpenDispute ? "1" : "0"));
        }

        return text.ToString();

        void Figure(string section, KpiFigure figure, string? label) =>
            Line(section + " " + figure.Id.Code + " " + figure.Key + (label is null ? string.Empty : " " + Text(label))
                + " " + Decimal(figure.Rate.Numerator) + " " + Decimal(figure.Rate.Denominator));
    }

    public static string Sha256(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>A JSON string literal: quoted, with every character outside printable ASCII escaped (the same text always gives the same bytes).</summary>
    private static string Text(string? value) => JsonSerializer.Serialize(value ?? string.Empty);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A decimal without trailing zeros (35, 35.0 and 35.00 are the same number), or <c>n/a</c>.</summary>
    private static string Decimal(decimal? value)
    {
        if (value is not { } v)
        {
            return "n/a";
        }

        var text = v.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }
}
