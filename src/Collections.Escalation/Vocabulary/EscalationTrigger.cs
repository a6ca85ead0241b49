using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>What moves a case along the legal track; the code is persisted and never renumbered.</summary>
/// <remarks>Which trigger is permitted from which stage, and with which guards: <see cref="EscalationStateMachine.Transitions"/>.</remarks>
public sealed class EscalationTrigger : SmartEnum<EscalationTrigger>
{
    /// <summary>Opens a case for a qualified account (code <c>open</c>).</summary>
    public static readonly EscalationTrigger Open = new("open", 1);

    /// <summary>Requests the creditor's prior written authorization (code <c>request</c>).</summary>
    public static readonly EscalationTrigger Request = new("request", 2);

    /// <summary>Records the prior written authorization that covers the account (code <c>authorize</c>).</summary>
    public static readonly EscalationTrigger Authorize = new("authorize", 3);

    /// <summary>Files the claim (code <c>file</c>).</summary>
    public static readonly EscalationTrigger File = new("file", 4);

    /// <summary>Records the judgment (code <c>record_judgment</c>).</summary>
    public static readonly EscalationTrigger RecordJudgment = new("record_judgment", 5);

    /// <summary>Starts enforcement of the judgment (code <c>enforce</c>).</summary>
    public static readonly EscalationTrigger Enforce = new("enforce", 6);

    /// <summary>Closes the concluded case (code <c>close</c>).</summary>
    public static readonly EscalationTrigger Close = new("close", 7);

    /// <summary>Withdraws the escalation from any open stage (code <c>withdraw</c>).</summary>
    public static readonly EscalationTrigger Withdraw = new("withdraw", 8);

    /// <summary>The creditor recalls the account, from any open stage (code <c>recall</c>).</summary>
    public static readonly EscalationTrigger Recall = new("recall", 9);

    /// <summary>Stops an authorized case that is not yet filed because its authorization is no longer valid (revoked or expired) (code <c>suspend</c>).</summary>
    public static readonly EscalationTrigger Suspend = new("suspend", 10);

    private EscalationTrigger(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>file</c>.</summary>
    public string Code => Name;

    /// <summary>The trigger's title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("trigger." + Code);

    /// <summary>Every trigger, ordered by value.</summary>
    public static IReadOnlyList<EscalationTrigger> All { get; } = [Open, Request, Authorize, File, RecordJudgment, Enforce, Close, Withdraw, Recall, Suspend];

    /// <summary>Looks up a trigger by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>file</c>.</param>
    /// <param name="trigger">The trigger when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EscalationTrigger? trigger)
    {
        trigger = All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));
        return trigger is not null;
    }
}
