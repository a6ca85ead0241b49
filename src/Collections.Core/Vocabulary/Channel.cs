using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>A channel an attempt is made on; the code is persisted and never renumbered.</summary>
public sealed class Channel : SmartEnum<Channel>
{
    /// <summary>Outbound voice call (code <c>call</c>).</summary>
    public static readonly Channel Call = new("call", 1, ChannelKind.Voice);

    /// <summary>SMS text message (code <c>sms</c>).</summary>
    public static readonly Channel Sms = new("sms", 2, ChannelKind.Message);

    /// <summary>E-mail (code <c>email</c>).</summary>
    public static readonly Channel Email = new("email", 3, ChannelKind.Message);

    /// <summary>WhatsApp message (code <c>whatsapp</c>).</summary>
    public static readonly Channel WhatsApp = new("whatsapp", 4, ChannelKind.Message);

    /// <summary>Letter or registered mail (code <c>letter</c>).</summary>
    public static readonly Channel Letter = new("letter", 5, ChannelKind.Mail);

    /// <summary>The creditor's app or website notification (code <c>app</c>).</summary>
    public static readonly Channel App = new("app", 6, ChannelKind.Message);

    /// <summary>Field visit (code <c>visit</c>).</summary>
    public static readonly Channel Visit = new("visit", 7, ChannelKind.InPerson);

    private Channel(string code, int value, ChannelKind kind)
        : base(code, value) => Kind = kind;

    /// <summary>The persisted code, for example <c>call</c>.</summary>
    public string Code => Name;

    /// <summary>Whether the channel is a voice call, a written message, mail or in person.</summary>
    public ChannelKind Kind { get; }

    /// <summary>The channel's title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("channel." + Code);

    /// <summary>Every channel, ordered by value.</summary>
    public static IReadOnlyList<Channel> All { get; } = [Call, Sms, Email, WhatsApp, Letter, App, Visit];

    /// <summary>Looks up a channel by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>sms</c>.</param>
    /// <param name="channel">The channel when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Channel? channel)
    {
        channel = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return channel is not null;
    }
}
