using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Aging.Tests.Buckets;

public sealed class AgingBucketSetProperties
{
    [Property(Arbitrary = [typeof(CollectionsGenerators.Arbitraries)])]
    public bool Every_days_past_due_value_falls_in_exactly_one_bucket(AgingBucketSet buckets, DaysPastDue daysPastDue) =>
        buckets.Buckets.Count(b => b.Contains(daysPastDue)) == 1
        && buckets.Classify(daysPastDue).Contains(daysPastDue);

    [Property(Arbitrary = [typeof(CollectionsGenerators.Arbitraries)])]
    public bool More_days_past_due_never_moves_an_item_to_an_earlier_bucket(AgingBucketSet buckets, DaysPastDue a, DaysPastDue b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        return buckets.IndexOf(low) <= buckets.IndexOf(high);
    }

    [Property(Arbitrary = [typeof(CollectionsGenerators.Arbitraries)])]
    public bool Every_current_item_lands_in_the_first_bucket(AgingBucketSet buckets, DaysPastDue daysPastDue) =>
        !daysPastDue.IsCurrent || buckets.IndexOf(daysPastDue) == 0;
}
