using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>The track an account is worked on: amicable (phone, messages, letters) or legal; fee schedules and escalation use it.</summary>
public sealed class CollectionTrack : SmartEnum<CollectionTrack>
{
    /// <summary>Amicable (phone) collection (code <c>amicable</c>).</summary>
    public static readonly CollectionTrack Amicable = new("amicable", 1);

    /// <summary>Legal track (code <c>legal</c>).</summary>
    public static readonly CollectionTrack Legal = new("legal", 2);

    private CollectionTrack(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>amicable</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("collection_track." + Code);

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<CollectionTrack> All { get; } = [Amicable, Legal];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>amicable</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out CollectionTrack? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
