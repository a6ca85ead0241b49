using Collections.Core;

namespace Collections.Aging;

/// <summary>How reachable an account is: its contact-point signals, its raw right-party contact rate, and the rate smoothed towards its peer group's.</summary>
/// <remarks>
/// <para>The smoothed rate exists only when attempt history was provided and the portfolio has at least one attempt;
/// an account with no attempts then gets the prior itself. With no contact data at all, nothing is estimated and
/// <see cref="Reason"/> says "unknown — no contact data".</para>
/// </remarks>
public sealed record ReachabilityEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="signals">The account's reachability signals.</param>
    /// <param name="peerGroup">The account's peer group.</param>
    /// <param name="prior">The prior for its peer group, or <see langword="null"/> when there is no attempt history or no attempt anywhere.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signals"/> or <paramref name="peerGroup"/> is null.</exception>
    public ReachabilityEstimate(ReachabilitySignals signals, PeerGroup peerGroup, RightPartyContactPrior? prior)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(peerGroup);
        Signals = signals;
        PeerGroup = peerGroup;
        Prior = signals.HasAttemptHistory ? prior : null;
        SmoothedRate = Prior?.Smooth(signals.RightPartyContacts, signals.Attempts);
    }

    /// <summary>The account's signals.</summary>
    public ReachabilitySignals Signals { get; }

    /// <summary>The account's peer group (age bucket × amount band).</summary>
    public PeerGroup PeerGroup { get; }

    /// <summary>The prior its rate is smoothed towards, when there is one.</summary>
    public RightPartyContactPrior? Prior { get; }

    /// <summary>The raw right-party contact rate, RPCs / attempts; n/a with no attempts.</summary>
    public Rate RawRate => new(Signals.RightPartyContacts, Signals.Attempts);

    /// <summary>The smoothed rate (rpc + m·p0) / (attempts + m), or <see langword="null"/> when nothing can be estimated.</summary>
    public Rate? SmoothedRate { get; }

    /// <summary>The reachability in words, English and Arabic: contact points, then the rate with its raw value, prior, weight and estimate.</summary>
    /// <remarks>Built on each access (not stored), so assigning millions of accounts allocates no text.</remarks>
    public BilingualText Reason
    {
        get
        {
            if (Signals.IsUnknown)
            {
                return AgingTexts.Get("reachability.unknown");
            }

            return Join(DescribeContactPoints(), DescribeRate());
        }
    }

    private BilingualText DescribeContactPoints() => Signals.Availability switch
    {
        ContactPointAvailability.Usable => AgingTexts.Format(
            "reachability.usable_points", ("usable", AgingTexts.Invariant(Signals.UsableContactPoints)), ("known", AgingTexts.Invariant(Signals.KnownContactPoints))),
        ContactPointAvailability.NoneUsable when Signals.KnownContactPoints == 0 => AgingTexts.Get("reachability.no_contact_point"),
        ContactPointAvailability.NoneUsable => AgingTexts.Format("reachability.no_usable_point", ("known", AgingTexts.Invariant(Signals.KnownContactPoints))),
        _ => AgingTexts.Get("reachability.points_unknown"),
    };

    private BilingualText DescribeRate()
    {
        if (!Signals.HasAttemptHistory)
        {
            return AgingTexts.Get("reachability.no_attempt_history");
        }

        if (Prior is null || SmoothedRate is not { } smoothed)
        {
            return AgingTexts.Get("reachability.no_attempts_anywhere");
        }

        var scope = AgingTexts.Get(Prior.Scope == PriorScope.PeerGroup ? "prior.scope.peer_group" : "prior.scope.portfolio");
        var group = PeerGroup.Title;
        scope = new BilingualText(
            scope.English.Replace("{group}", group.English, StringComparison.Ordinal),
            scope.Arabic.Replace("{group}", group.Arabic, StringComparison.Ordinal));
        var prior = AgingTexts.Percent(Prior.Pooled);
        if (Signals.Attempts == 0)
        {
            return Fill(AgingTexts.Get("reachability.estimate_no_attempts"), scope, ("prior", prior));
        }

        var basis = AgingTexts.Get(Prior.WeightBasis switch
        {
            PriorWeightBasis.Estimated => "prior.weight.estimated",
            PriorWeightBasis.ClampedToMinimum => "prior.weight.clamped_minimum",
            PriorWeightBasis.ClampedToMaximum => "prior.weight.clamped_maximum",
            PriorWeightBasis.PortfolioWeight => "prior.weight.portfolio",
            _ => "prior.weight.default",
        });
        var text = Fill(
            AgingTexts.Get("reachability.estimate"),
            scope,
            ("rpc", AgingTexts.Invariant(Signals.RightPartyContacts)),
            ("attempts", AgingTexts.Invariant(Signals.Attempts)),
            ("raw", AgingTexts.Percent(RawRate)),
            ("prior", prior),
            ("prior_fraction", AgingTexts.Invariant(Prior.PooledFraction, 4)),
            ("weight", AgingTexts.Invariant(Prior.Weight, 2)),
            ("estimate", AgingTexts.Percent(smoothed)));
        return new BilingualText(
            text.English.Replace("{basis}", basis.English, StringComparison.Ordinal),
            text.Arabic.Replace("{basis}", basis.Arabic, StringComparison.Ordinal));
    }

    // Fills plain values, then the language-specific scope text into {scope}.
    private static BilingualText Fill(BilingualText template, BilingualText scope, params (string Name, string Value)[] values)
    {
        var filled = template.Format(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
        return new BilingualText(
            filled.English.Replace("{scope}", scope.English, StringComparison.Ordinal),
            filled.Arabic.Replace("{scope}", scope.Arabic, StringComparison.Ordinal));
    }

    private static BilingualText Join(BilingualText first, BilingualText second) =>
        new(first.English + " " + second.English, first.Arabic + " " + second.Arabic);
}
