using Collections.Core;

namespace Collections.Intake;

/// <summary>The outcome of normalising one phone number.</summary>
/// <param name="IsValid">Whether the number is valid in its country's numbering plan.</param>
/// <param name="Value">The E.164 form when valid (<c>+966551234567</c>), else the original text, trimmed.</param>
/// <param name="Kind">Mobile or landline (numbers of other types, such as toll-free, count as landline).</param>
/// <param name="Problem">Why the number is invalid, when it is.</param>
internal readonly record struct PhoneCheck(bool IsValid, string Value, ContactPointKind Kind, BilingualText? Problem);
