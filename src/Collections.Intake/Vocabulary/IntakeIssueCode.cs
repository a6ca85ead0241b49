using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>Why a row was rejected (an error) or a value was kept but flagged (a warning); the code is persisted.</summary>
/// <remarks>
/// Errors reject their row: it is listed in the report and left out of the portfolio (or, in strict mode, no portfolio is
/// built at all). Warnings keep the row: an invalid phone number stays on the debtor as an invalid contact point, a formula
/// cell's saved result is used. The words of each reason are in the package's <c>texts.json</c> in English and Arabic.
/// </remarks>
public sealed class IntakeIssueCode : SmartEnum<IntakeIssueCode>
{
    /// <summary>A required cell is empty.</summary>
    public static readonly IntakeIssueCode MissingValue = new("missing_value", 1, true);

    /// <summary>The text is not an amount.</summary>
    public static readonly IntakeIssueCode InvalidAmount = new("invalid_amount", 2, true);

    /// <summary>The amount has more decimals than the currency allows; amounts are never rounded on intake.</summary>
    public static readonly IntakeIssueCode TooManyDecimals = new("too_many_decimals", 3, true);

    /// <summary>The amount carries another currency's code or symbol than the file's.</summary>
    public static readonly IntakeIssueCode CurrencyMismatch = new("currency_mismatch", 4, true);

    /// <summary>The currency cell is not a known ISO 4217 code.</summary>
    public static readonly IntakeIssueCode UnknownCurrency = new("unknown_currency", 5, true);

    /// <summary>The number is too large to hold.</summary>
    public static readonly IntakeIssueCode NumberOutOfRange = new("number_out_of_range", 6, true);

    /// <summary>The text is not a whole number.</summary>
    public static readonly IntakeIssueCode InvalidInteger = new("invalid_integer", 7, true);

    /// <summary>The text is not a date in the declared order and calendar.</summary>
    public static readonly IntakeIssueCode InvalidDate = new("invalid_date", 8, true);

    /// <summary>The date has a two-digit year, whose century would have to be guessed.</summary>
    public static readonly IntakeIssueCode TwoDigitYear = new("two_digit_year", 9, true);

    /// <summary>The date is outside the range that can be read (or outside the Umm al-Qura calendar's years).</summary>
    public static readonly IntakeIssueCode DateOutOfRange = new("date_out_of_range", 10, true);

    /// <summary>A text date in a workbook whose mapping declares no date order.</summary>
    public static readonly IntakeIssueCode DateOrderNotDeclared = new("date_order_not_declared", 11, true);

    /// <summary>The due date is before the issue date.</summary>
    public static readonly IntakeIssueCode DueBeforeIssue = new("due_before_issue", 12, true);

    /// <summary>The settled date is before the issue date.</summary>
    public static readonly IntakeIssueCode SettledBeforeIssue = new("settled_before_issue", 13, true);

    /// <summary>The text is not a yes/no value.</summary>
    public static readonly IntakeIssueCode InvalidFlag = new("invalid_flag", 14, true);

    /// <summary>The text is not a period (<c>YYYY-MM</c> or a date).</summary>
    public static readonly IntakeIssueCode InvalidPeriod = new("invalid_period", 15, true);

    /// <summary>The status is not a whole number of days or months.</summary>
    public static readonly IntakeIssueCode InvalidStatus = new("invalid_status", 16, true);

    /// <summary>The item identifier (invoice number) already appeared on an earlier row.</summary>
    public static readonly IntakeIssueCode DuplicateItem = new("duplicate_item", 17, true);

    /// <summary>The account number already appeared on an earlier row of a one-row-per-account file.</summary>
    public static readonly IntakeIssueCode DuplicateAccount = new("duplicate_account", 18, true);

    /// <summary>The account already has a snapshot for the period on an earlier row.</summary>
    public static readonly IntakeIssueCode DuplicatePeriod = new("duplicate_period", 19, true);

    /// <summary>The row has another number of fields than the header.</summary>
    public static readonly IntakeIssueCode WrongFieldCount = new("wrong_field_count", 20, true);

    /// <summary>The row's currency differs from the currency of the account's earlier rows.</summary>
    public static readonly IntakeIssueCode ConflictingCurrency = new("conflicting_currency", 21, true);

    /// <summary>The row's debtor differs from the debtor of the account's earlier rows.</summary>
    public static readonly IntakeIssueCode ConflictingDebtor = new("conflicting_debtor", 22, true);

    /// <summary>A period of a wide row has a status without a balance, or a balance or payment without a status.</summary>
    public static readonly IntakeIssueCode IncompletePeriod = new("incomplete_period", 23, true);

    /// <summary>A workbook cell holds a formula whose result was never saved, so there is no value to read.</summary>
    public static readonly IntakeIssueCode FormulaWithoutValue = new("formula_without_value", 24, true);

    /// <summary>The phone number is not valid; it is kept as an invalid contact point (warning).</summary>
    public static readonly IntakeIssueCode InvalidPhone = new("invalid_phone", 101, false);

    /// <summary>The e-mail address is not valid; it is kept as an invalid contact point (warning).</summary>
    public static readonly IntakeIssueCode InvalidEmail = new("invalid_email", 102, false);

    /// <summary>A workbook cell holds a formula; its saved result was read (warning).</summary>
    public static readonly IntakeIssueCode FormulaValue = new("formula_value", 103, false);

    /// <summary>A later row gives another name or field value for the account than its first row; the first is kept (warning).</summary>
    public static readonly IntakeIssueCode ConflictingValue = new("conflicting_value", 104, false);

    private IntakeIssueCode(string code, int value, bool isError)
        : base(code, value) => IsError = isError;

    /// <summary>The persisted code, for example <c>too_many_decimals</c>.</summary>
    public string Code => Name;

    /// <summary>Whether the issue rejects its row (an error) rather than flagging a kept value (a warning).</summary>
    public bool IsError { get; }

    /// <summary>Every code, ordered by value.</summary>
    public static IReadOnlyList<IntakeIssueCode> All { get; } =
    [
        MissingValue, InvalidAmount, TooManyDecimals, CurrencyMismatch, UnknownCurrency, NumberOutOfRange, InvalidInteger, InvalidDate,
        TwoDigitYear, DateOutOfRange, DateOrderNotDeclared, DueBeforeIssue, SettledBeforeIssue, InvalidFlag, InvalidPeriod, InvalidStatus,
        DuplicateItem, DuplicateAccount, DuplicatePeriod, WrongFieldCount, ConflictingCurrency, ConflictingDebtor, IncompletePeriod,
        FormulaWithoutValue, InvalidPhone, InvalidEmail, FormulaValue, ConflictingValue,
    ];

    /// <summary>Looks up a code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="issueCode">The issue code when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IntakeIssueCode? issueCode)
    {
        issueCode = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return issueCode is not null;
    }
}
