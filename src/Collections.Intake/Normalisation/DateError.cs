namespace Collections.Intake;

/// <summary>Why a date cell could not be read.</summary>
internal enum DateError
{
    None,
    Empty,
    Invalid,
    TwoDigitYear,
    OutOfRange,
    OrderNotDeclared,
    InvalidExcelSerial,
}
