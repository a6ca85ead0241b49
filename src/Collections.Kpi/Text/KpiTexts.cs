using Collections.Core;

namespace Collections.Kpi;

/// <summary>The Arabic and English names of the KPIs, roll states and ledger figures, for reports.</summary>
/// <remarks>
/// <para>Arabic is data, not code: the texts live in the package's embedded <c>texts.json</c>, reviewed in one file, and
/// follow the glossary in docs/kpi-definitions.md (roll rate = معدل انتقال التأخر بين الفترات; cure rate = نسبة الحسابات المعالجة (من
/// متعثرة إلى سليمة); receivables = الذمم المدينة).</para>
/// <para>Keys: <c>kpi.roll_rate</c>, <c>kpi.forward_roll_rate</c>, <c>kpi.cure_rate</c>, <c>kpi.days_sales_outstanding</c>,
/// <c>kpi.collection_effectiveness_index</c>, <c>roll_state.paid</c>, <c>roll_unit.account</c>, <c>roll_unit.item</c>,
/// <c>roll.entered</c>, <c>roll.left</c>, <c>ledger.opening_receivables</c>, <c>ledger.credit_sales</c>,
/// <c>ledger.closing_receivables</c>, <c>ledger.closing_current_receivables</c>, <c>ledger.month_end_aging</c>; for promises,
/// plans, allocation and account statuses <c>promise_status.*</c>, <c>plan_standing.*</c>, <c>promise.reason.*</c>,
/// <c>plan.reason.*</c>, <c>allocation_priority.*</c>, <c>allocation_order.*</c>, <c>account_status.*</c> and
/// <c>account_event.*</c> (promise to pay / kept / broken = وعد بالسداد / تم الوفاء / لم يتم الوفاء).</para>
/// <para>The KPI catalog (<see cref="KpiCatalog"/>): <c>kpi.{code}</c> (title), <c>kpi.{code}.definition</c>,
/// <c>kpi.{code}.formula</c> for every <see cref="KpiId"/>; <c>kpi_unit.*</c>, <c>dimension.*</c>, <c>inventory.*</c>,
/// <c>resolution.*</c>, <c>breakdown.overall</c>, <c>breakdown.not_given</c>, <c>direction.*</c> and <c>catalog.*</c>
/// (the headings of docs/kpi-catalog.md).</para>
/// <para>The governance report (<c>Collections.Kpi.Governance</c>): <c>governance.period_kind.*</c>, <c>governance.status.*</c>,
/// <c>governance.subject.*</c>, <c>governance.rule.{kind}</c> (titles), <c>governance.rule.*.text</c> and
/// <c>governance.rule.*.estimate</c> (recommendations with <c>{placeholders}</c>), <c>governance.parameter.*</c>,
/// <c>governance.reference.*</c>, <c>governance.evidence.*</c> and <c>governance.effect.*</c>.</para>
/// </remarks>
public static class KpiTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(KpiTexts).Assembly, "Collections.Kpi.texts.json"));

    /// <summary>The catalogue of texts.</summary>
    public static TextCatalog Catalog => LazyCatalog.Value;

    /// <summary>The name of a roll-rate unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>"Accounts" or "Items (invoices)", in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined value.</exception>
    public static BilingualText For(RollRateUnit unit) => unit switch
    {
        RollRateUnit.Account => Catalog["roll_unit.account"],
        RollRateUnit.Item => Catalog["roll_unit.item"],
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined roll-rate unit."),
    };
}
