namespace Collections.Samples.Assessment.Onboarding;

/// <summary>What the onboarding documents need beyond the file: the parties' details for the NDA and the creditor's own fee schedules, if any.</summary>
/// <param name="Collector">The collection agency's name (<c>--collector</c>).</param>
/// <param name="CreditorAddress">The creditor's address (<c>--creditor-address</c>).</param>
/// <param name="CollectorAddress">The agency's address (<c>--collector-address</c>).</param>
/// <param name="PhoneFees">A fee schedule JSON file for the phone (amicable) track (<c>--phone-fees</c>); the sample's default when null.</param>
/// <param name="LegalFees">A fee schedule JSON file for the legal track (<c>--legal-fees</c>); the sample's default when null.</param>
public sealed record OnboardingOptions(string? Collector, string? CreditorAddress, string? CollectorAddress, string? PhoneFees, string? LegalFees)
{
    /// <summary>Nothing given: placeholders in the NDA, the default schedules.</summary>
    public static OnboardingOptions None { get; } = new(null, null, null, null, null);
}
