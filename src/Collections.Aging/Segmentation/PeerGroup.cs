using Collections.Core;

namespace Collections.Aging;

/// <summary>An account's peer group for the right-party contact prior: its age bucket × amount band cell in one currency.</summary>
/// <param name="Currency">The currency of the debt.</param>
/// <param name="Bucket">The bucket of the worst days past due.</param>
/// <param name="AmountFrom">The band's smallest debt, or <see langword="null"/> for the lowest band.</param>
/// <param name="AmountBelow">The first debt above the band, or <see langword="null"/> for the highest band.</param>
public sealed record PeerGroup(Currency Currency, AgingBucket Bucket, Money? AmountFrom, Money? AmountBelow)
{
    /// <summary>The group in words, for example <c>bucket 31-60 × 5000.00 SAR or more</c>.</summary>
    public BilingualText Title
    {
        get
        {
            var band = (AmountFrom, AmountBelow) switch
            {
                (null, null) => AgingTexts.Format("band.all", ("currency", Currency.Code)),
                (null, { } below) => AgingTexts.Format("band.below", ("maximum", below.ToString())),
                ({ } from, null) => AgingTexts.Format("band.at_least", ("minimum", from.ToString())),
                ({ } from, { } below) => AgingTexts.Format("band.between", ("minimum", from.ToString()), ("maximum", below.ToString())),
            };
            var template = AgingTexts.Get("peer_group");
            return new BilingualText(
                template.English.Replace("{bucket}", Bucket.Label, StringComparison.Ordinal).Replace("{band}", band.English, StringComparison.Ordinal),
                template.Arabic.Replace("{bucket}", Bucket.Label, StringComparison.Ordinal).Replace("{band}", band.Arabic, StringComparison.Ordinal));
        }
    }

    /// <summary>The English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title.English;
}
