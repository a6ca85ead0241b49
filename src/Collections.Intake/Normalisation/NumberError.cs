namespace Collections.Intake;

/// <summary>Why a number cell could not be read.</summary>
internal enum NumberError
{
    None,
    Empty,
    Invalid,
    TooManyDecimals,
    OutOfRange,
    CurrencyMismatch,
}
