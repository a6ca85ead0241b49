namespace Collections.ContactPolicy;

/// <summary>What kind of hold freezes reminders about a debt.</summary>
public enum HoldKind
{
    /// <summary>An open dispute (objection) about the debt.</summary>
    Dispute = 0,

    /// <summary>A legal hold (for example a court order or the legal track's instruction).</summary>
    LegalHold = 1,
}
