using Collections.Core;

namespace Collections.Intake;

/// <summary>A remark about the whole file in the validation report: an assumption declared in the mapping, the encoding that
/// was used or fallen back to, the columns read.</summary>
/// <param name="Code">What the note is about (<c>mapping</c>, <c>encoding_fallback</c>, <c>columns</c>, …).</param>
/// <param name="Text">The note in English and Arabic (a mapping's own notes are given in one language and shown as written).</param>
public sealed record IntakeNote(string Code, BilingualText Text)
{
    /// <summary>The note in English.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => Text.English;
}
