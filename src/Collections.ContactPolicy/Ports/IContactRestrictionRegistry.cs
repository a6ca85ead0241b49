using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Port: the host's register of opt-outs, do-not-contact and cease-communication requests, disputes and legal holds.</summary>
public interface IContactRestrictionRegistry
{
    /// <summary>Reads what restricts contact with a debtor, about a debt, through a contact point.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="accountId">The debt (for disputes and legal holds).</param>
    /// <param name="contactPointId">The contact point (for opt-outs of one number or address).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The restrictions on record (opt-outs of any of the debtor's contact points included).</returns>
    Task<ContactRestrictions> ReadAsync(DebtorId debtorId, AccountId accountId, ContactPointId contactPointId, CancellationToken cancellationToken = default);
}
