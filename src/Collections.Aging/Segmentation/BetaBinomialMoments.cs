namespace Collections.Aging;

/// <summary>Sums over accounts' (rpc, attempts) that give the pooled rate and the method-of-moments weight of a beta-binomial prior.</summary>
/// <remarks>
/// With N accounts having attempts nᵢ > 0 and contacts kᵢ, pooled p = Σk/Σn and S = Σ nᵢ(kᵢ/nᵢ − p)² = Σ kᵢ²/nᵢ − p·Σk.
/// Under a beta-binomial model with intra-class correlation ρ = 1/(m + 1), E[S] = p(1 − p)·[(N − 1) + ρ(Σn − Σn²/Σn − (N − 1))],
/// so ρ̂ = (S / (p(1 − p)) − (N − 1)) / (Σn − Σn²/Σn − (N − 1)) and m̂ = (1 − ρ̂)/ρ̂ (Kleinman 1973).
/// </remarks>
internal struct BetaBinomialMoments
{
    public int Accounts;
    public long Contacts;
    public long Attempts;
    public double AttemptsSquared;
    public double ContactsSquaredOverAttempts;

    public readonly Core.Rate Pooled => new(Contacts, Attempts);

    public void Add(int rightPartyContacts, int attempts)
    {
        if (attempts == 0)
        {
            return;
        }

        Accounts++;
        Contacts += rightPartyContacts;
        Attempts += attempts;
        AttemptsSquared += (double)attempts * attempts;
        ContactsSquaredOverAttempts += (double)rightPartyContacts * rightPartyContacts / attempts;
    }

    /// <summary>m̂ within the options' bounds and rounded to 2 decimals, or <see langword="null"/> when the spread cannot be estimated.</summary>
    public readonly (decimal Weight, PriorWeightBasis Basis)? EstimateWeight(SegmentationOptions options)
    {
        if (Accounts < 2 || Attempts == 0)
        {
            return null;
        }

        var p = (double)Contacts / Attempts;
        if (p <= 0 || p >= 1)
        {
            return null; // every attempt failed, or every one succeeded: no spread to measure
        }

        var n = (double)Attempts;
        var denominator = n - (AttemptsSquared / n) - (Accounts - 1);
        if (denominator <= 0)
        {
            return null; // e.g. every account has exactly one attempt: spread and chance cannot be told apart
        }

        var spread = ContactsSquaredOverAttempts - (p * Contacts);
        var rho = ((spread / (p * (1 - p))) - (Accounts - 1)) / denominator;
        if (rho <= 0)
        {
            return (options.MaximumPriorWeight, PriorWeightBasis.ClampedToMaximum);
        }

        var weight = (1 - rho) / rho;
        if (weight < (double)options.MinimumPriorWeight)
        {
            return (options.MinimumPriorWeight, PriorWeightBasis.ClampedToMinimum);
        }

        if (weight > (double)options.MaximumPriorWeight)
        {
            return (options.MaximumPriorWeight, PriorWeightBasis.ClampedToMaximum);
        }

        var rounded = Math.Round((decimal)weight, 2, MidpointRounding.AwayFromZero);
        return (Math.Clamp(rounded, options.MinimumPriorWeight, options.MaximumPriorWeight), PriorWeightBasis.Estimated);
    }
}
