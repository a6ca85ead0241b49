namespace Collections.ContactPolicy;

/// <summary>A field templates must contain on the given channels (for example the agent's name on calls).</summary>
/// <remarks><see cref="TemplateField.ActingForCreditor"/> is required only when the policy belongs to an agency acting
/// for a creditor (<see cref="ContactPolicy.ActsFor"/> set).</remarks>
/// <param name="Field">The field.</param>
/// <param name="Channels">The channels on which it is required.</param>
public sealed record RequiredField(TemplateField Field, ChannelSet Channels);
