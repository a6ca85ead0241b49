namespace Collections.Core;

/// <summary>What kind of channel a <see cref="Channel"/> is, which decides which outcomes it can have.</summary>
public enum ChannelKind
{
    /// <summary>A voice call: outcomes from no answer to right party.</summary>
    Voice = 0,

    /// <summary>A written electronic message: failed, delivered, read, replied.</summary>
    Message = 1,

    /// <summary>Postal mail: the message outcomes (delivered, returned as failed, acknowledged as read, replied).</summary>
    Mail = 2,

    /// <summary>A visit in person: the call outcomes (nobody there, a third party, the right party…).</summary>
    InPerson = 3,
}
