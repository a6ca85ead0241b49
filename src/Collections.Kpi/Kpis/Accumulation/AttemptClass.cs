using Collections.Core;

namespace Collections.Kpi;

/// <summary>The nine classes attempts are counted by: every attempt KPI is a sum over them, so one increment per attempt
/// (and per breakdown) serves all of them.</summary>
/// <remarks>
/// <para>0 no person reached; 1 third party (not a call); 2 third party on a call; 3–5 right-party contact (not a call)
/// that recorded nothing, something but no promise, a promise; 6–8 the same on a call. Calls that reached a person
/// (2, 6, 7, 8) are the connected calls of the average handle time.</para>
/// <para>Counters are kept per slot = class + 9 when the attempt had an agent (for RPCs per agent-hour), and per slot a
/// count, the handle seconds and the cost: <see cref="Width"/> longs.</para>
/// </remarks>
internal static class AttemptClass
{
    public const int Count = 9;
    public const int Slots = Count * 2;
    public const int Width = 3;
    public const int Stride = Slots * Width;

    public const int ThirdPartyCall = 2;
    public const int RightPartyOther = 3;
    public const int RightPartyCall = 6;

    /// <summary>Channel values 1..7; 0 is "not given" (promises and complaints) and the slot of facts without a channel.</summary>
    public const int ChannelSlots = 8;

    public static byte Of(Channel channel, AttemptOutcome outcome, ContactResults results)
    {
        if (!outcome.IsContact)
        {
            return 0;
        }

        var call = channel == Channel.Call;
        if (!outcome.IsRightPartyContact)
        {
            return call ? (byte)ThirdPartyCall : (byte)1;
        }

        var recorded = results == ContactResults.None ? 0 : (results & ContactResults.Promise) != 0 ? 2 : 1;
        return (byte)((call ? RightPartyCall : RightPartyOther) + recorded);
    }

    public static bool IsRightParty(int @class) => @class >= RightPartyOther;

    public static bool IsContact(int @class) => @class >= 1;

    public static bool IsProductive(int @class) => @class is 4 or 5 or 7 or 8;

    public static bool IsPromise(int @class) => @class is 5 or 8;

    public static bool IsConnectedCall(int @class) => @class is ThirdPartyCall or >= RightPartyCall;
}
