using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Intake.Tests.Normalisation;

public sealed class PhoneNormaliserProperties
{
    private static readonly PhoneNormaliser Saudi = new("SA");

    [Property]
    public Property Any_Saudi_mobile_in_local_international_or_Arabic_digit_form_normalises_to_the_same_E164() =>
        Prop.ForAll(IntakeGenerators.SaudiMobileNationalNumber().ToArbitrary(), national =>
            IntakeGenerators.SaudiMobileWritings(national).All(text =>
            {
                var flags = NormalisationFlags.None;
                var check = Saudi.Normalise(text, ContactPointKind.Mobile, ref flags);
                return check.IsValid && check.Value == "+966" + national && check.Kind == ContactPointKind.Mobile;
            }));

    [Property(MaxTest = 300)]
    public Property The_fast_path_agrees_with_libphonenumber() =>
        Prop.ForAll(
            IntakeGenerators.AnyNineDigitsStartingWithFive().ToArbitrary(),
            Gen.Choose(0, 8).ToArbitrary(),
            (national, form) =>
            {
                var text = IntakeGenerators.SaudiMobileWritings(national)[form];
                var flags = NormalisationFlags.None;
                var normalised = Saudi.Normalise(text, ContactPointKind.Mobile, ref flags);
                var library = Saudi.NormaliseWithLibrary(text, ContactPointKind.Mobile);
                return (normalised.IsValid == library.IsValid && normalised.Value == library.Value && normalised.Kind == library.Kind)
                    .Label($"{text}: fast {normalised} / library {library}");
            });

    [Property]
    public Property An_invalid_number_is_kept_as_written_with_a_reason() =>
        Prop.ForAll(Gen.Choose(0, 99_999).Select(n => "0" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArbitrary(), text =>
        {
            var flags = NormalisationFlags.None;
            var check = Saudi.Normalise(text, ContactPointKind.Mobile, ref flags);
            return !check.IsValid && check.Value == text && check.Problem is not null;
        });
}
