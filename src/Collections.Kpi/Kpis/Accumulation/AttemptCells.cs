using Collections.Core;

namespace Collections.Kpi;

/// <summary>The small integer codes attempts are counted by: channel value × outcome slot × what the contact recorded.</summary>
/// <remarks>
/// A cell is <c>(channel value × 11 + outcome slot) × 3 + result class</c>, 0..263: channel values are 1..7 (0 is
/// unused), the 11 outcomes take slots 0..10 in <see cref="AttemptOutcome.All"/> order, and the result class is 0 for
/// nothing recorded, 1 for a productive contact without a promise and 2 for one with a promise. Every attempt KPI is a
/// sum over cells, so one increment per attempt serves all of them.
/// </remarks>
internal static class AttemptCells
{
    public const int ChannelSlots = 8;
    public const int OutcomeSlots = 11;
    public const int ResultClasses = 3;
    public const int Count = ChannelSlots * OutcomeSlots * ResultClasses;

    /// <summary>Longs per cell: count, cost (minor units), handle seconds.</summary>
    public const int Width = 3;

    /// <summary>The first channel-outcome code of a real channel (channel value 1).</summary>
    public const int FirstChannelOutcome = OutcomeSlots;

    private static readonly byte[] SlotByOutcomeValue = BuildSlots();

    /// <summary>Result class by <see cref="ContactResults"/> bits (0..31).</summary>
    public static readonly byte[] ResultClassByResults = BuildResultClasses();

    public static readonly byte[] ChannelOf = new byte[Count];
    public static readonly byte[] OutcomeSlotOf = new byte[Count];
    public static readonly bool[] IsRightParty = new bool[Count];

    /// <summary>1 for a right-party cell, 0 otherwise (for branch-free counting).</summary>
    public static readonly int[] IsRightPartyFlag = new int[Count];
    public static readonly bool[] IsContact = new bool[Count];
    public static readonly byte[] ResultClassOf = new byte[Count];

    static AttemptCells()
    {
        for (var cell = 0; cell < Count; cell++)
        {
            var channelOutcome = cell / ResultClasses;
            var channel = channelOutcome / OutcomeSlots;
            var slot = channelOutcome % OutcomeSlots;
            ChannelOf[cell] = (byte)channel;
            OutcomeSlotOf[cell] = (byte)slot;
            ResultClassOf[cell] = (byte)(cell % ResultClasses);
            IsRightParty[cell] = channel > 0 && AttemptOutcome.All[slot].IsRightPartyContact;
            IsRightPartyFlag[cell] = IsRightParty[cell] ? 1 : 0;
            IsContact[cell] = channel > 0 && AttemptOutcome.All[slot].IsContact;
        }
    }

    public static byte ChannelOutcome(Channel channel, AttemptOutcome outcome) =>
        (byte)((channel.Value * OutcomeSlots) + SlotByOutcomeValue[outcome.Value]);

    public static Channel ChannelFromValue(int value) => Channel.All[value - 1];

    public static AttemptOutcome OutcomeFromSlot(int slot) => AttemptOutcome.All[slot];

    private static byte[] BuildSlots()
    {
        var slots = new byte[AttemptOutcome.All.Max(o => o.Value) + 1];
        for (var i = 0; i < AttemptOutcome.All.Count; i++)
        {
            slots[AttemptOutcome.All[i].Value] = (byte)i;
        }

        return slots;
    }

    private static byte[] BuildResultClasses()
    {
        var classes = new byte[32];
        for (var bits = 1; bits < classes.Length; bits++)
        {
            classes[bits] = (bits & (int)ContactResults.Promise) != 0 ? (byte)2 : (byte)1;
        }

        return classes;
    }
}
