using NodaTime;

namespace Collections.Core.TimeZones;

/// <summary>Port: the time zones a phone number may be in, from phone-numbering reference data (Collections.PhoneNumbers implements it with libphonenumber).</summary>
/// <remarks>
/// <para>A number can map to one zone (a Riyadh landline or a Saudi mobile: Asia/Riyadh), to several (a US toll-free
/// number: every zone of country code 1; a UK mobile: London and the Crown dependencies), or to none (an invalid number).
/// Every zone is returned: a contact policy allows an attempt only when it is allowed in all of them
/// (docs/kpi-definitions.md, time-zone convention).</para>
/// <para>Synchronous on purpose: this is in-process reference data, asked once per attempt inside pure policy evaluation.
/// A host with a remote lookup loads its answers before evaluating.</para>
/// </remarks>
public interface IPhoneNumberTimeZoneSource
{
    /// <summary>Finds the zones a phone number may be in.</summary>
    /// <param name="phoneNumber">The number in E.164 form, for example <c>+966551234567</c>.</param>
    /// <returns>The tzdb zones, distinct and ordered by id; empty when the number is invalid or has no known location.</returns>
    IReadOnlyList<DateTimeZone> FindZones(string phoneNumber);
}
