using System.Text.Json.Serialization;

namespace Collections.Samples.Assessment.Figures;

/// <summary>One aging bucket: accounts with debt in it, items, and the sum of positive balances.</summary>
/// <remarks>For snapshot files each account has one balance per period, so <c>items</c> counts balances and equals <c>accounts</c>.</remarks>
public sealed record AgingBucketFigure(string Bucket, int Accounts, int Items, decimal Balance, RateFigure ShareOfBalance);

/// <summary>Aging in one currency.</summary>
public sealed record CurrencyAgingFigure(string Currency, decimal TotalDebt, IReadOnlyList<AgingBucketFigure> Buckets, CreditBalancesFigure CreditBalances);

/// <summary>Credit balances kept apart from debt: accounts and the (negative) sum.</summary>
public sealed record CreditBalancesFigure(string Currency, int Accounts, int Items, decimal Amount, int ZeroBalanceAccounts);

/// <summary>The receivables baseline: total debt and the parts more than 0, 30, 60 and 90 days past due.</summary>
public sealed record ReceivablesBaselineFigure(
    string Currency,
    decimal TotalDebt,
    decimal PastDue,
    [property: JsonPropertyName("over_30")] decimal Over30,
    [property: JsonPropertyName("over_60")] decimal Over60,
    [property: JsonPropertyName("over_90")] decimal Over90,
    RateFigure PastDueShare,
    [property: JsonPropertyName("over_90_share")] RateFigure Over90Share);
