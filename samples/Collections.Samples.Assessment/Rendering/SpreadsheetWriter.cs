using Collections.Samples.Assessment.Figures;
using MiniExcelLibs;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Writes assessment.xlsx: one sheet per section of figures.json, every rejected row included.</summary>
public static class SpreadsheetWriter
{
    public static void Write(string path, AssessmentFigures f, IReadOnlyList<RowIssueFigure> allRejectedRows, IReadOnlyList<RowIssueFigure> allWarningRows, bool rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(allRejectedRows);
        ArgumentNullException.ThrowIfNull(allWarningRows);
        var sheets = new Dictionary<string, object>
        {
            ["summary"] = Rows(
                Row(("item", "as_of"), ("value", f.AsOf)),
                Row(("item", "creditor"), ("value", f.Portfolio.Creditor)),
                Row(("item", "file"), ("value", f.Input.File)),
                Row(("item", "sha256"), ("value", f.Input.Sha256)),
                Row(("item", "shape"), ("value", f.Input.Shape)),
                Row(("item", "currency"), ("value", f.Input.Currency)),
                Row(("item", "accounts"), ("value", f.Portfolio.Accounts)),
                Row(("item", "total_debt"), ("value", f.ReceivablesBaseline.TotalDebt)),
                Row(("item", "past_due"), ("value", f.ReceivablesBaseline.PastDue)),
                Row(("item", "over_30"), ("value", f.ReceivablesBaseline.Over30)),
                Row(("item", "over_60"), ("value", f.ReceivablesBaseline.Over60)),
                Row(("item", "over_90"), ("value", f.ReceivablesBaseline.Over90)),
                Row(("item", "credit_balance_accounts"), ("value", f.CreditBalances.Accounts)),
                Row(("item", "credit_balance_amount"), ("value", f.CreditBalances.Amount))),
            ["aging"] = Rows(f.AgingByCurrency.SelectMany(c => c.Buckets.Select(b =>
                Row(("currency", c.Currency), ("bucket", b.Bucket), ("accounts", b.Accounts), ("items", b.Items), ("balance", b.Balance), ("share_of_balance", b.ShareOfBalance.Value))))),
            ["credit_balances"] = Rows(f.AgingByCurrency.Select(c =>
                Row(("currency", c.Currency), ("accounts", c.CreditBalances.Accounts), ("items", c.CreditBalances.Items), ("amount", c.CreditBalances.Amount), ("zero_balance_accounts", c.CreditBalances.ZeroBalanceAccounts)))),
            ["segments"] = Rows(f.Segments.Select(s =>
                Row(("priority", s.Priority), ("id", s.Id), ("title", s.Title), ("accounts", s.Accounts), ("balance", s.Balance), ("share_of_accounts", s.ShareOfAccounts.Value), ("share_of_balance", s.ShareOfBalance.Value),
                    ("channel_mix", string.Join("; ", s.ChannelMix.Select(c => $"{c.Key} {c.Value:P0}"))), ("reasons", string.Join(" | ", s.Reasons))))),
            ["roll_rates"] = Rows(f.RollRates.SelectMany(m => m.Accounts.SelectMany(row => row.Value.Select(cell =>
                Row(("from_period", m.From), ("to_period", m.To), ("unit", m.Unit), ("from_state", row.Key), ("to_state", cell.Key), ("count", cell.Value),
                    ("from_balance", m.Balances.TryGetValue(row.Key, out var b) && b.TryGetValue(cell.Key, out var v) ? v : 0m)))))),
            ["cure_rates"] = Rows(f.CureRates.SelectMany(c => new[] { Row(("from_period", c.From), ("to_period", c.To), ("unit", c.Unit), ("bucket", "all"), ("cured", c.Overall.Numerator), ("delinquent_at_start", c.Overall.Denominator), ("rate", c.Overall.Value)) }
                .Concat(c.ByBucket.Select(b => Row(("from_period", c.From), ("to_period", c.To), ("unit", c.Unit), ("bucket", b.Key), ("cured", b.Value.Numerator), ("delinquent_at_start", b.Value.Denominator), ("rate", b.Value.Value)))))),
            ["ledger_history"] = Rows(f.LedgerHistory.Select(m =>
                Row(("month_end", m.MonthEnd), ("currency", m.Currency), ("open_items", m.OpenItems), ("opening_receivables", m.OpeningReceivables), ("credit_sales", m.CreditSales),
                    ("closing_receivables", m.ClosingReceivables), ("closing_current", m.ClosingCurrent), ("dso_days", m.DaysSalesOutstanding), ("cei_percent", m.CollectionEffectivenessIndex)))),
            ["kpis"] = Rows(f.Kpis.Select(k =>
                Row(("id", k.Id), ("title", k.Title), ("definition", k.Definition), ("baseline", k.Baseline?.Value), ("numerator", k.Baseline?.Numerator), ("denominator", k.Baseline?.Denominator), ("note", k.BaselineNote), ("target", k.Target)))),
            ["data_quality"] = Rows(
                new[] { Row(("kind", "rows_read"), ("count", f.DataQuality.RowsRead), ("message", string.Empty), ("example", string.Empty)),
                        Row(("kind", "rows_accepted"), ("count", f.DataQuality.RowsAccepted), ("message", string.Empty), ("example", string.Empty)),
                        Row(("kind", "rows_rejected"), ("count", f.DataQuality.RowsRejected), ("message", string.Empty), ("example", string.Empty)),
                        Row(("kind", "warnings"), ("count", f.DataQuality.Warnings), ("message", string.Empty), ("example", string.Empty)) }
                .Concat(f.DataQuality.Normalisations.Select(n => Row(("kind", "normalised: " + n.Key), ("count", n.Value), ("message", string.Empty), ("example", string.Empty))))
                .Concat(f.DataQuality.Findings.Select(x => Row(("kind", x.Code), ("count", x.Count), ("message", x.Message), ("example", x.Example ?? string.Empty))))),
            ["roadmap"] = Rows(f.Roadmap.Tasks.Select(task =>
                Row(("day", task.Day), ("starts", task.Starts), ("due", task.Due), ("task", task.Id), ("title", task.Title), ("owner", task.Owner), ("exit", task.Exit), ("segments", string.Join(", ", task.Segments)), ("accounts", task.Accounts)))),
            ["fee_proposal"] = Rows(f.FeeProposal.Lines.Select(l =>
                Row(("segment", l.Segment), ("title", l.Title), ("track", l.Track), ("tier", l.Tier), ("accounts", l.Accounts), ("balance", l.Balance), ("age_at_placement", l.AgeAtPlacement),
                    ("expected_recovery_percent", l.ExpectedRecoveryPercent), ("projected_collections", l.ProjectedCollections), ("percent", l.Percent), ("percentage_fee", l.PercentageFee), ("stage_fees", l.StageFees), ("fees", l.Fees), ("vat", (decimal?)null), ("total", (decimal?)null)))
                .Concat(f.FeeProposal.Tracks.Append(f.FeeProposal.Total).Select(total =>
                    Row(("segment", total.Track is null ? "total" : "total " + total.Track), ("title", string.Empty), ("track", total.Track ?? string.Empty), ("tier", string.Empty), ("accounts", total.Accounts), ("balance", total.Balance), ("age_at_placement", (int?)null),
                        ("expected_recovery_percent", (decimal?)null), ("projected_collections", total.ProjectedCollections), ("percent", (decimal?)null), ("percentage_fee", (decimal?)null), ("stage_fees", (decimal?)null), ("fees", total.Fees), ("vat", total.Vat), ("total", total.Total))))),
            ["rejected_rows"] = Rows(allRejectedRows.Select(r => Row(("row", r.Row), ("column", r.Column), ("value", r.Value), ("reason", r.Reason)))),
            ["warnings"] = Rows(allWarningRows.Select(r => Row(("row", r.Row), ("column", r.Column), ("value", r.Value), ("reason", r.Reason)))),
        };

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        // Column names stay machine-readable (snake_case, as in figures.json); an Arabic pack's sheets read right to left.
        MiniExcel.SaveAs(path, sheets, excelType: ExcelType.XLSX, configuration: new MiniExcelLibs.OpenXml.OpenXmlConfiguration { RightToLeft = rightToLeft });
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Key, c => c.Value);

    private static List<Dictionary<string, object?>> Rows(params Dictionary<string, object?>[] rows) => [.. rows];

    private static List<Dictionary<string, object?>> Rows(IEnumerable<Dictionary<string, object?>> rows)
    {
        var list = rows.ToList();

        // An empty section still gets a sheet that says so, rather than a blank sheet.
        return list.Count > 0 ? list : [Row(("note", "none"))];
    }
}
