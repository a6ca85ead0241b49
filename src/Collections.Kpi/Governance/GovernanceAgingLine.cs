using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One aging bucket at a period end: how many accounts and how much debt.</summary>
/// <param name="Bucket">The bucket (of the report's <see cref="AgingBucketSet"/>).</param>
/// <param name="Accounts">Accounts whose debt is in the bucket.</param>
/// <param name="Balance">Their debt in the bucket, in the report's currency.</param>
public sealed record GovernanceAgingLine(AgingBucket Bucket, int Accounts, Money Balance);
