using NodaTime;

namespace Collections.Intake;

/// <summary>The columns that hold one period of a wide snapshot file (one row per account, a group of columns per month).</summary>
/// <remarks>
/// The UCI credit-card file is read with six of these: <c>PAY_0</c>/<c>BILL_AMT1</c>/<c>PAY_AMT1</c> for 2005-09,
/// <c>PAY_2</c>/<c>BILL_AMT2</c>/<c>PAY_AMT2</c> for 2005-08, … <c>PAY_6</c>/<c>BILL_AMT6</c>/<c>PAY_AMT6</c> for 2005-04.
/// A period whose cells are all empty gives no snapshot for that account (the account was not on the books that month);
/// a status without a balance, or the reverse, rejects the row.
/// </remarks>
/// <param name="Period">The month the columns describe.</param>
/// <param name="Status">The header of the status column (days or months past due, as declared).</param>
/// <param name="Balance">The header of the balance column.</param>
/// <param name="Payment">The header of the payment column, when the file has one.</param>
public sealed record WidePeriodColumns(YearMonth Period, string Status, string Balance, string? Payment = null);
