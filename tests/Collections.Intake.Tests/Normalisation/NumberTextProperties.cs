using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Intake.Tests.Normalisation;

public sealed class NumberTextProperties
{
    private static long? Read(string text)
    {
        var flags = NormalisationFlags.None;
        return NumberText.TryParse(text, '.', "SAR", 2, out var minor, ref flags, out _) == NumberError.None ? minor : null;
    }

    [Property]
    public Property Any_amount_written_with_Arabic_Indic_digits_and_separators_reads_as_its_ASCII_form() =>
        Prop.ForAll(IntakeGenerators.MinorUnits().ToArbitrary(), minor =>
        {
            var ascii = IntakeGenerators.WriteAmount(minor, form: 1);
            var arabic = IntakeGenerators.WriteAmount(minor, form: 2);
            return Read(arabic) == Read(ascii) && Read(ascii) == minor;
        });

    [Property]
    public Property Every_written_form_of_an_amount_reads_back_to_the_same_minor_units() =>
        Prop.ForAll(
            IntakeGenerators.MinorUnits().ToArbitrary(),
            Gen.Choose(0, IntakeGenerators.AmountForms - 1).ToArbitrary(),
            (minor, form) => Read(IntakeGenerators.WriteAmount(minor, form)) == minor);

    [Property]
    public Property An_amount_with_a_non_zero_digit_below_the_minor_unit_is_rejected_not_rounded() =>
        Prop.ForAll(
            IntakeGenerators.MinorUnits().ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            (minor, thirdDecimal) =>
            {
                var text = IntakeGenerators.WriteAmount(minor, form: 0) + thirdDecimal.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var flags = NormalisationFlags.None;
                return NumberText.TryParse(text, '.', "SAR", 2, out _, ref flags, out _) == NumberError.TooManyDecimals;
            });

    [Property]
    public Property Scientific_notation_reads_exactly() =>
        Prop.ForAll(
            Gen.Choose(1, 999).ToArbitrary(),
            Gen.Choose(0, 9).ToArbitrary(),
            (mantissa, exponent) =>
            {
                // m × 10^e major units = m × 10^(e+2) halalas, computed without parsing.
                var expected = mantissa * (long)Math.Pow(10, exponent + 2);
                var text = mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + "e+" + exponent.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
                return Read(text) == expected;
            });

    [Property]
    public Property The_same_amount_reads_the_same_with_either_declared_decimal_separator() =>
        Prop.ForAll(IntakeGenerators.MinorUnits().ToArbitrary(), minor =>
        {
            var dotted = IntakeGenerators.WriteAmount(minor, form: 1);
            var commaDecimal = dotted.Replace(",", "\u0001", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal).Replace("\u0001", ".", StringComparison.Ordinal);
            var flags = NormalisationFlags.None;
            return NumberText.TryParse(commaDecimal, ',', "SAR", 2, out var read, ref flags, out _) == NumberError.None && read == minor;
        });
}
