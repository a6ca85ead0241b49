using Collections.Core;

namespace Collections.Aging;

/// <summary>Configures what <c>AddCollectionsAging</c> registers: the bucket set, the segment definitions and the segmentation options.</summary>
/// <remarks>Mutable by design (configure mutable, run immutable): everything is checked at once when the services are registered.</remarks>
public sealed class CollectionsAgingBuilder
{
    private readonly List<SegmentDefinition> _segments = [];

    /// <summary>The bucket set (default: <see cref="AgingBucketSet.Default"/>).</summary>
    public AgingBucketSet Buckets { get; set; } = AgingBucketSet.Default;

    /// <summary>The segment definitions; when none are given, <see cref="StandardSegments.Saudi"/> is registered.</summary>
    public IList<SegmentDefinition> Segments => _segments;

    /// <summary>The segmentation options; when not set, the defaults with <see cref="Buckets"/> as peer-group buckets (and the standard thresholds as amount breaks when the standard set is used).</summary>
    public SegmentationOptions? SegmentationOptions { get; set; }

    /// <summary>How account profiles are read (default: <see cref="AccountProfileOptions.Default"/>).</summary>
    public AccountProfileOptions ProfileOptions { get; set; } = AccountProfileOptions.Default;

    /// <summary>Uses the standard segments with the given high-balance thresholds (one per currency) and matching peer-group amount breaks.</summary>
    /// <param name="highBalanceThresholds">For example SAR 5,000.00.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No threshold, or two in one currency.</exception>
    public CollectionsAgingBuilder UseStandardSegments(params IEnumerable<Money> highBalanceThresholds)
    {
        var thresholds = highBalanceThresholds?.ToList() ?? throw new ArgumentNullException(nameof(highBalanceThresholds));
        _segments.Clear();
        _segments.AddRange(StandardSegments.Create(thresholds).Definitions);
        SegmentationOptions = (SegmentationOptions ?? new SegmentationOptions { PeerGroupBuckets = Buckets }) with { PeerGroupAmountBreaks = [.. thresholds] };
        return this;
    }

    /// <summary>Checks everything and returns the immutable parts to register.</summary>
    internal (AgingBucketSet Buckets, SegmentDefinitionSet Segments, SegmentationOptions Options, AccountProfileOptions Profiles) Build()
    {
        var violations = new List<string>();
        if (Buckets is null)
        {
            violations.Add("Buckets is null");
        }

        var standard = _segments.Count == 0;
        var definitions = standard ? StandardSegments.Saudi.Definitions.ToList() : _segments;
        violations.AddRange(SegmentDefinitionSet.Validate(definitions).Select(v => "segments: " + v));
        var options = SegmentationOptions
            ?? new SegmentationOptions
            {
                PeerGroupBuckets = Buckets ?? AgingBucketSet.Default,
                PeerGroupAmountBreaks = standard ? [StandardSegments.SaudiHighBalance] : [],
            };
        violations.AddRange(options.Validate().Select(v => "segmentation options: " + v));
        if (ProfileOptions is null)
        {
            violations.Add("ProfileOptions is null");
        }
        else
        {
            violations.AddRange(ProfileOptions.Validate().Select(v => "profile options: " + v));
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("Collections.Aging is configured wrongly: " + string.Join("; ", violations) + ".");
        }

        return (Buckets!, SegmentDefinitionSet.Create(definitions), options, ProfileOptions!);
    }
}
