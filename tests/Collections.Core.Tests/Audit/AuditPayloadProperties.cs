using System.Globalization;
using System.Text.Json.Nodes;
using Collections.Core.Audit;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Core.Tests.Audit;

public sealed class AuditPayloadProperties
{
    [Property(MaxTest = 300)]
    public Property Canonicalising_a_canonical_payload_changes_nothing() =>
        Prop.ForAll(AuditGenerators.Payload().ToArbitrary(), payload => AuditPayload.Parse(payload.Json) == payload);

    [Property(MaxTest = 300)]
    public Property The_order_of_members_does_not_change_the_canonical_form() =>
        Prop.ForAll(AuditGenerators.Payload().ToArbitrary(), ArbMap.Default.ArbFor<int>(), (payload, seed) =>
        {
            var members = JsonNode.Parse(payload.Json)!.AsObject().Select(m => (m.Key, Value: m.Value?.ToJsonString())).ToList();
            var shuffled = members.OrderBy(_ => new Random(seed).Next()).ToList();
            var text = "{" + string.Join(",", shuffled.Select(m => $" {JsonValue.Create(m.Key).ToJsonString()} : {m.Value ?? "null"} ")) + "}";
            return AuditPayload.Parse(text) == payload;
        });

    [Property(MaxTest = 500)]
    public Property Every_integer_a_double_holds_exactly_is_kept_as_written() =>
        Prop.ForAll(
            Gen.OneOf(
                ArbMap.Default.GeneratorFor<long>().Select(v => v % 9_007_199_254_740_993L),
                Gen.Elements(9_007_199_254_740_992L, -9_007_199_254_740_992L, 0L, 1L, -1L)).ToArbitrary(),
            value =>
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                return AuditPayload.Parse("{\"v\":" + text + "}").Json == "{\"v\":" + text + "}";
            });

    [Property(MaxTest = 1000)]
    public Property A_canonical_number_reads_back_as_the_same_double_in_no_more_digits() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite).ToArbitrary(),
            value =>
            {
                var canonical = CanonicalNumber.Format(value);
                var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
                return double.Parse(canonical, CultureInfo.InvariantCulture) == value
                    && Significant(canonical) <= Significant(roundTrip)
                    && AuditPayload.Parse("{\"v\":" + roundTrip + "}").Json == "{\"v\":" + canonical + "}";
            });

    private static int Significant(string literal)
    {
        var mantissa = literal.Split('e', 'E')[0].Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        return mantissa.Trim('0').Length;
    }
}
