using Collections.Core;

namespace Collections.Aging;

/// <summary>One bucket of batch aging in one currency: how many positive open amounts fall there and their sum.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Items">Positive open amounts in the bucket (equals <see cref="AgingReportLine.Items"/> for the same rows).</param>
/// <param name="Balance">Their sum; credits are never netted in.</param>
public sealed record AgingTotalsLine(AgingBucket Bucket, Currency Currency, long Items, Money Balance);
