using Collections.Core;

namespace Collections.Aging;

/// <summary>One bucket of an aging report in one currency: how many accounts and items hold debt there, and how much.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Accounts">Accounts with at least one positive open amount in the bucket (an account with items in two buckets counts in both).</param>
/// <param name="Items">Positive open items (or snapshot balances) in the bucket.</param>
/// <param name="Balance">The sum of the positive open amounts in the bucket; credits are never netted in.</param>
public sealed record AgingReportLine(AgingBucket Bucket, Currency Currency, int Accounts, int Items, Money Balance);
