namespace Collections.Kpi;

/// <summary>What a roll-rate matrix counts.</summary>
public enum RollRateUnit
{
    /// <summary>Accounts (snapshot history, or a ledger's accounts by their worst open item).</summary>
    Account = 0,

    /// <summary>Ledger items (invoices, instalments), each aged on its own.</summary>
    Item = 1,
}
