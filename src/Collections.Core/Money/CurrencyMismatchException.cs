namespace Collections.Core;

/// <summary>Thrown when an operation combines <see cref="Money"/> amounts in different currencies.</summary>
/// <remarks>Money is never converted silently: convert explicitly at a stated rate first.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for two currencies.</summary>
    /// <param name="left">The first operand's currency.</param>
    /// <param name="right">The second operand's currency.</param>
    public CurrencyMismatchException(Currency left, Currency right)
        : base($"Cannot combine amounts in {Describe(left)} and {Describe(right)}; convert explicitly first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The first operand's currency.</summary>
    public Currency Left { get; }

    /// <summary>The second operand's currency.</summary>
    public Currency Right { get; }

    private static string Describe(Currency currency) => currency.IsSpecified ? currency.Code : "an unspecified currency";
}
