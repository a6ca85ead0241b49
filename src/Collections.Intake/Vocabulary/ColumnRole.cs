using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Intake;

/// <summary>What a column of a creditor's file means: the account number, an amount, a due date, a mobile number…</summary>
/// <remarks>
/// <para>The code is the key used in a mapping file's <c>columns</c> object (for example <c>"dueDate": "DueDate"</c>).
/// Without a mapping entry a role is found from the built-in English and Arabic header synonyms
/// (<c>due date</c>, <c>تاريخ الاستحقاق</c>, …; see docs/intake-mapping.md).</para>
/// <para>Which roles a shape needs: ledger — account, item, due date, amount (issue date, open amount, settled date,
/// disputed optional); snapshots-long — account, period, status, balance (payment optional); snapshots-wide — account,
/// with the status/balance/payment columns listed per period in the mapping. Debtor, name, mobile, phone, e-mail and
/// currency are optional in every shape.</para>
/// </remarks>
public sealed class ColumnRole : SmartEnum<ColumnRole>
{
    /// <summary>The account number; accounts are created from its distinct values (code <c>account</c>).</summary>
    public static readonly ColumnRole Account = new("account", 1, Every, Every);

    /// <summary>The item's identifier, an invoice number kept as text with its leading zeros (code <c>item</c>).</summary>
    public static readonly ColumnRole Item = new("item", 2, LedgerOnly, LedgerOnly);

    /// <summary>The issue (invoice) date; when absent, an item's issue date is its due date (code <c>issueDate</c>).</summary>
    public static readonly ColumnRole IssueDate = new("issueDate", 3, LedgerOnly, None);

    /// <summary>The due date (code <c>dueDate</c>).</summary>
    public static readonly ColumnRole DueDate = new("dueDate", 4, LedgerOnly, LedgerOnly);

    /// <summary>The item's original amount; negative for a credit note (code <c>amount</c>).</summary>
    public static readonly ColumnRole Amount = new("amount", 5, LedgerOnly, LedgerOnly);

    /// <summary>The amount still open, when the file states it (code <c>openAmount</c>).</summary>
    public static readonly ColumnRole OpenAmount = new("openAmount", 6, LedgerOnly, None);

    /// <summary>The date the item was paid in full (code <c>settledDate</c>).</summary>
    public static readonly ColumnRole SettledDate = new("settledDate", 7, LedgerOnly, None);

    /// <summary>Whether the item is disputed: Yes/No, نعم/لا, true/false, 1/0 (code <c>disputed</c>).</summary>
    public static readonly ColumnRole Disputed = new("disputed", 8, LedgerOnly, None);

    /// <summary>The debtor's identifier (national id, customer number); when absent the account number is used (code <c>debtor</c>).</summary>
    public static readonly ColumnRole Debtor = new("debtor", 9, Every, None);

    /// <summary>The debtor's name (code <c>name</c>).</summary>
    public static readonly ColumnRole DebtorName = new("name", 10, Every, None);

    /// <summary>A mobile number, normalised to E.164 (code <c>mobile</c>).</summary>
    public static readonly ColumnRole Mobile = new("mobile", 11, Every, None);

    /// <summary>A phone number of any type, normalised to E.164 (code <c>phone</c>).</summary>
    public static readonly ColumnRole Phone = new("phone", 12, Every, None);

    /// <summary>An e-mail address (code <c>email</c>).</summary>
    public static readonly ColumnRole Email = new("email", 13, Every, None);

    /// <summary>The row's ISO 4217 currency code, when the file states it per row (code <c>currency</c>).</summary>
    public static readonly ColumnRole Currency = new("currency", 14, Every, None);

    /// <summary>The snapshot's period: <c>YYYY-MM</c> or a date in the declared order (code <c>period</c>).</summary>
    public static readonly ColumnRole Period = new("period", 15, LongOnly, LongOnly);

    /// <summary>The delinquency status in the declared unit, days or months past due (code <c>status</c>).</summary>
    public static readonly ColumnRole Status = new("status", 16, LongOnly, LongOnly);

    /// <summary>The balance at the end of the period; negative is a credit balance (code <c>balance</c>).</summary>
    public static readonly ColumnRole Balance = new("balance", 17, LongOnly, LongOnly);

    /// <summary>The amount paid during the period (code <c>payment</c>).</summary>
    public static readonly ColumnRole Payment = new("payment", 18, LongOnly, None);

    private const int LedgerBit = 1;
    private const int LongBit = 2;
    private const int WideBit = 4;
    private const int Every = LedgerBit | LongBit | WideBit;
    private const int LedgerOnly = LedgerBit;
    private const int LongOnly = LongBit;
    private const int None = 0;

    private readonly int _allowedIn;
    private readonly int _requiredIn;

    private ColumnRole(string code, int value, int allowedIn, int requiredIn)
        : base(code, value)
    {
        _allowedIn = allowedIn;
        _requiredIn = requiredIn;
    }

    /// <summary>The persisted code, the key in a mapping file's <c>columns</c> object, for example <c>dueDate</c>.</summary>
    public string Code => Name;

    /// <summary>The role's title in English and Arabic, for messages (for example "due date" / "تاريخ الاستحقاق").</summary>
    public BilingualText Title => IntakeTexts.Get("role." + Code);

    /// <summary>Every role, ordered by value.</summary>
    public static IReadOnlyList<ColumnRole> All { get; } =
        [Account, Item, IssueDate, DueDate, Amount, OpenAmount, SettledDate, Disputed, Debtor, DebtorName, Mobile, Phone, Email, Currency, Period, Status, Balance, Payment];

    /// <summary>Whether a file of the given shape may map a column to this role.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns><see langword="true"/> when the role is used by the shape.</returns>
    public bool IsAllowedIn(IntakeShape shape) => (_allowedIn & Bit(shape)) != 0;

    /// <summary>Whether a file of the given shape must have a column for this role.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns><see langword="true"/> when a file without the column is refused.</returns>
    public bool IsRequiredIn(IntakeShape shape) => (_requiredIn & Bit(shape)) != 0;

    /// <summary>Looks up a role by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>account</c>.</param>
    /// <param name="role">The role when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ColumnRole? role)
    {
        role = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return role is not null;
    }

    private static int Bit(IntakeShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape == IntakeShape.Ledger ? LedgerBit : shape == IntakeShape.SnapshotsLong ? LongBit : WideBit;
    }
}
