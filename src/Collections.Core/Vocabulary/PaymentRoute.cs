using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>Who received a payment: the collector (through the collection channels) or the creditor directly, who reports it; fee schedules say which routes earn a fee.</summary>
public sealed class PaymentRoute : SmartEnum<PaymentRoute>
{
    /// <summary>Received through the collector (code <c>via_collector</c>).</summary>
    public static readonly PaymentRoute ViaCollector = new("via_collector", 1);

    /// <summary>Paid directly to the creditor (code <c>direct_to_creditor</c>).</summary>
    public static readonly PaymentRoute DirectToCreditor = new("direct_to_creditor", 2);

    private PaymentRoute(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>via_collector</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("payment_route." + Code);

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<PaymentRoute> All { get; } = [ViaCollector, DirectToCreditor];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>via_collector</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PaymentRoute? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
