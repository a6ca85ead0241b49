using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The catalog of KPIs: one <see cref="KpiDefinition"/> per <see cref="KpiId"/>, read by hosts and reports so that
/// every figure has one definition.</summary>
/// <remarks>
/// <para>The definitions are those of docs/kpi-definitions.md (the contract), with their Arabic and English titles from the
/// package's texts. docs/kpi-catalog.md is generated from <see cref="ToMarkdown"/> and a test fails when it is stale.</para>
/// <para>What computes each KPI is in <see cref="KpiDefinition.Source"/>: most come from <see cref="KpiAccumulator"/>;
/// roll rates from <see cref="RollRateMatrix"/>; DSO and CEI from a ledger (<see cref="LedgerHistory"/>).</para>
/// </remarks>
public sealed class KpiCatalog
{
    private static readonly Lazy<KpiCatalog> LazyDefault = new(CreateDefault);

    private readonly FrozenDictionary<int, KpiDefinition> _byValue;

    private KpiCatalog(ImmutableArray<KpiDefinition> definitions)
    {
        Definitions = definitions;
        _byValue = definitions.ToFrozenDictionary(d => d.Id.Value);
    }

    /// <summary>The catalog of every KPI in docs/kpi-definitions.md.</summary>
    public static KpiCatalog Default => LazyDefault.Value;

    /// <summary>The definitions, in the order of docs/kpi-definitions.md's table.</summary>
    public ImmutableArray<KpiDefinition> Definitions { get; }

    /// <summary>The definition of a KPI.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such KPI.</exception>
    public KpiDefinition this[KpiId id]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(id);
            return _byValue.TryGetValue(id.Value, out var definition)
                ? definition
                : throw new KeyNotFoundException($"The KPI catalog has no definition for '{id.Code}'.");
        }
    }

    /// <summary>Looks up a definition by the KPI's code.</summary>
    /// <param name="code">The code, for example <c>cure_rate</c>.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out KpiDefinition? definition)
    {
        definition = KpiId.TryFromCode(code, out var id) && _byValue.TryGetValue(id.Value, out var found) ? found : null;
        return definition is not null;
    }

    /// <summary>The catalog as a Markdown document in one language: a summary table, then each KPI's definition and formula.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown text (lines end with <c>\n</c>).</returns>
    public string ToMarkdown(Language language)
    {
        var t = KpiTexts.Catalog;
        var text = new StringBuilder();
        text.Append("## ").Append(t["catalog.heading"].In(language)).Append("\n\n");
        text.Append("| ").Append(t["catalog.column.code"].In(language))
            .Append(" | ").Append(t["catalog.column.title"].In(language))
            .Append(" | ").Append(t["catalog.column.unit"].In(language))
            .Append(" | ").Append(t["catalog.column.formula"].In(language))
            .Append(" | ").Append(t["catalog.column.breakdowns"].In(language))
            .Append(" | ").Append(t["catalog.column.better"].In(language))
            .Append(" | ").Append(t["catalog.column.source"].In(language)).Append(" |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var d in Definitions)
        {
            var dimensions = d.Dimensions.IsEmpty
                ? t["catalog.overall_only"].In(language)
                : string.Join(", ", d.Dimensions.Select(x => x.Title.In(language)));
            text.Append("| `").Append(d.Code).Append("` | ").Append(d.Title.In(language))
                .Append(" | ").Append(d.Unit.Title.In(language))
                .Append(" | ").Append(d.Formula.In(language))
                .Append(" | ").Append(dimensions)
                .Append(" | ").Append(t["direction." + DirectionKey(d.Direction)].In(language))
                .Append(" | `").Append(SourceName(d.Source)).Append("` |\n");
        }

        foreach (var d in Definitions)
        {
            text.Append("\n### ").Append(d.Title.In(language)).Append(" (`").Append(d.Code).Append("`)\n\n");
            text.Append(d.Definition.In(language)).Append("\n\n");
            text.Append("- ").Append(t["catalog.column.formula"].In(language)).Append(": ").Append(d.Formula.In(language)).Append('\n');
            text.Append("- ").Append(t["catalog.column.unit"].In(language)).Append(": ").Append(d.Unit.Title.In(language)).Append('\n');
        }

        return text.ToString();
    }

    private static string DirectionKey(KpiDirection direction) => direction switch
    {
        KpiDirection.HigherIsBetter => "higher",
        KpiDirection.LowerIsBetter => "lower",
        _ => "neutral",
    };

    private static string SourceName(KpiSource source) => source switch
    {
        KpiSource.Accumulator => nameof(KpiAccumulator),
        KpiSource.RollRateMatrix => nameof(RollRateMatrix),
        _ => nameof(LedgerHistory),
    };

    private static KpiCatalog CreateDefault()
    {
        var texts = KpiTexts.Catalog;
        ImmutableArray<KpiDimension> attempt = [.. KpiDimension.All];
        ImmutableArray<KpiDimension> account = [KpiDimension.Creditor, KpiDimension.Placement, KpiDimension.Segment, KpiDimension.AgingBucket];
        ImmutableArray<KpiDimension> assignment = [KpiDimension.Creditor, KpiDimension.Placement, KpiDimension.Segment];
        ImmutableArray<KpiDimension> bucketOnly = [KpiDimension.AgingBucket];
        ImmutableArray<KpiDimension> none = [];
        const KpiDirection Up = KpiDirection.HigherIsBetter;
        const KpiDirection Down = KpiDirection.LowerIsBetter;
        const KpiSource Acc = KpiSource.Accumulator;

        KpiDefinition D(KpiId id, KpiUnit unit, KpiDirection direction, KpiSource source, ImmutableArray<KpiDimension> dimensions) =>
            new(id, unit, direction, source, dimensions, texts);

        return new KpiCatalog(
        [
            D(KpiId.RightPartyContactRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.ContactRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.ChannelContactRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.ContactCoverage, KpiUnit.Percent, Up, Acc, account),
            D(KpiId.PayingAccountsRate, KpiUnit.Percent, Up, Acc, account),
            D(KpiId.PromiseToPayRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.PromiseKeptRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.PromiseKeptAmountRate, KpiUnit.Percent, Up, Acc, attempt),
            D(KpiId.PromisePartiallyKeptRate, KpiUnit.Percent, KpiDirection.Neutral, Acc, attempt),
            D(KpiId.PromiseBrokenRate, KpiUnit.Percent, Down, Acc, attempt),
            D(KpiId.ResolutionRate, KpiUnit.Percent, Up, Acc, account),
            D(KpiId.CureRate, KpiUnit.Percent, Up, Acc, account),
            D(KpiId.RollRate, KpiUnit.Percent, KpiDirection.Neutral, KpiSource.RollRateMatrix, bucketOnly),
            D(KpiId.ForwardRollRate, KpiUnit.Percent, Down, Acc, account),
            D(KpiId.ForwardRollBalanceRate, KpiUnit.Percent, Down, Acc, account),
            D(KpiId.LiquidationRate, KpiUnit.Percent, Up, Acc, assignment),
            D(KpiId.CollectionEffectivenessIndex, KpiUnit.Percent, Up, KpiSource.LedgerHistory, none),
            D(KpiId.DaysSalesOutstanding, KpiUnit.Days, Down, KpiSource.LedgerHistory, none),
            D(KpiId.AttemptsPerRightPartyContact, KpiUnit.Ratio, Down, Acc, attempt),
            D(KpiId.CostPerUnitCollected, KpiUnit.Ratio, Down, Acc, assignment),
            D(KpiId.AverageHandleTime, KpiUnit.Seconds, KpiDirection.Neutral, Acc, attempt),
            D(KpiId.RightPartyContactsPerAgentHour, KpiUnit.PerHour, Up, Acc, [KpiDimension.Agent]),
            D(KpiId.ComplaintRate, KpiUnit.PerThousand, Down, Acc, attempt),
        ]);
    }
}
