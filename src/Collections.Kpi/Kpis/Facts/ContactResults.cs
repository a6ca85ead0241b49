namespace Collections.Kpi;

/// <summary>What a right-party contact recorded; any of them makes the attempt a <b>productive contact</b>.</summary>
/// <remarks>
/// docs/kpi-definitions.md: "a productive contact is an RPC that recorded a promise, a payment, a plan, a dispute or an agreed
/// callback". The bit values are persisted and never renumbered. Only a right-party contact can record anything
/// (<see cref="KpiAttempt.Results"/> refuses results on any other outcome).
/// </remarks>
[Flags]
public enum ContactResults
{
    /// <summary>Nothing recorded (an RPC that was not productive, or any other outcome).</summary>
    None = 0,

    /// <summary>A promise to pay was made (counts for the PTP rate).</summary>
    Promise = 1,

    /// <summary>A payment was taken during the contact.</summary>
    Payment = 2,

    /// <summary>A payment plan was agreed.</summary>
    PaymentPlan = 4,

    /// <summary>The debtor disputed the debt.</summary>
    Dispute = 8,

    /// <summary>A callback was agreed with the debtor.</summary>
    AgreedCallback = 16,
}
