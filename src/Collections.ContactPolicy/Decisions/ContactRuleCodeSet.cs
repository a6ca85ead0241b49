using System.Numerics;

namespace Collections.ContactPolicy;

/// <summary>A set of reason codes held as a bit mask, so that a verdict carries its reasons without allocating.</summary>
public readonly record struct ContactRuleCodeSet
{
    private readonly ulong _mask;

    private ContactRuleCodeSet(ulong mask) => _mask = mask;

    /// <summary>No code.</summary>
    public static ContactRuleCodeSet Empty { get; }

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _mask == 0;

    /// <summary>How many codes the set holds.</summary>
    public int Count => BitOperations.PopCount(_mask);

    /// <summary>The codes, ordered by value.</summary>
    public IReadOnlyList<ContactRuleCode> Codes
    {
        get
        {
            var mask = _mask;
            return [.. ContactRuleCode.All.Where(c => (mask & Bit(c)) != 0)];
        }
    }

    /// <summary>The set with a code added.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The new set.</returns>
    public ContactRuleCodeSet With(ContactRuleCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new ContactRuleCodeSet(_mask | Bit(code));
    }

    /// <summary>Whether the set holds a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(ContactRuleCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return (_mask & Bit(code)) != 0;
    }

    /// <summary>The codes, for example <c>outside_contact_window, weekly_rest_day</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", Codes.Select(c => c.Code));

    private static ulong Bit(ContactRuleCode code) => 1UL << (code.Value & 63);
}
