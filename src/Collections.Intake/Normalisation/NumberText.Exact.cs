namespace Collections.Intake;

/// <content>Numbers that are already numbers: a workbook's doubles and exact decimals, to minor units without rounding.</content>
internal static partial class NumberText
{
    /// <summary>Converts a workbook's numeric cell to minor units without rounding.</summary>
    public static NumberError FromDouble(double value, int minorDigits, out long minorUnits)
    {
        minorUnits = 0;
        if (!double.IsFinite(value))
        {
            return NumberError.Invalid;
        }

        decimal exact;
        try
        {
            // The decimal conversion keeps 15 significant digits, which undoes binary noise such as 12.339999999999999.
            exact = (decimal)value;
        }
        catch (OverflowException)
        {
            return NumberError.OutOfRange;
        }

        return FromDecimal(exact, minorDigits, out minorUnits);
    }

    /// <summary>Converts an exact decimal to minor units without rounding.</summary>
    public static NumberError FromDecimal(decimal value, int minorDigits, out long minorUnits)
    {
        minorUnits = 0;
        decimal scaled;
        try
        {
            scaled = value;
            for (var i = 0; i < minorDigits; i++)
            {
                scaled *= 10;
            }
        }
        catch (OverflowException)
        {
            return NumberError.OutOfRange;
        }

        if (scaled != decimal.Truncate(scaled))
        {
            return NumberError.TooManyDecimals;
        }

        if (scaled > long.MaxValue || scaled < long.MinValue)
        {
            return NumberError.OutOfRange;
        }

        minorUnits = decimal.ToInt64(scaled);
        return NumberError.None;
    }
}
