using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Port: what the host knows of where a debtor is — a stored time zone, the address, the phone numbers — from which the gate finds the debtor's candidate time zones.</summary>
/// <remarks>The gate applies BRIEF's convention with <see cref="Collections.Core.TimeZones.DebtorTimeZones"/>: the stored
/// zone wins; else the address's zones; else every zone of every usable phone number; else the creditor's zone. So a
/// host never hand-picks zones.</remarks>
public interface IDebtorLocationReader
{
    /// <summary>Finds what is known of a debtor's location.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The location, or null when the debtor is unknown.</returns>
    Task<DebtorLocation?> FindAsync(DebtorId debtorId, CancellationToken cancellationToken = default);
}
