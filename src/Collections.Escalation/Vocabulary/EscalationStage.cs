using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>A stage of the legal track; the code is persisted and never renumbered.</summary>
/// <remarks>
/// <para>The track: qualified → requested → authorized → filed → judgment → enforcement → closed. From any open stage a
/// case can also be withdrawn (the agency or creditor stops the escalation, for example after a settlement) or recalled
/// (the creditor takes the account back). Closed, withdrawn and recalled are final: a case never leaves them.</para>
/// <para>The transitions, with their guards, are listed in one place: <see cref="EscalationStateMachine.Transitions"/>.</para>
/// </remarks>
public sealed class EscalationStage : SmartEnum<EscalationStage>
{
    /// <summary>The account met the creditor's qualification rules and a case was opened (code <c>qualified</c>).</summary>
    public static readonly EscalationStage Qualified = new("qualified", 1, isOpen: true);

    /// <summary>The creditor's prior written authorization was requested (code <c>requested</c>).</summary>
    public static readonly EscalationStage Requested = new("requested", 2, isOpen: true);

    /// <summary>A valid prior written authorization covering the account is on record (code <c>authorized</c>).</summary>
    public static readonly EscalationStage Authorized = new("authorized", 3, isOpen: true);

    /// <summary>The claim was filed with the court or enforcement authority (code <c>filed</c>).</summary>
    public static readonly EscalationStage Filed = new("filed", 4, isOpen: true);

    /// <summary>A judgment was given (code <c>judgment</c>).</summary>
    public static readonly EscalationStage Judgment = new("judgment", 5, isOpen: true);

    /// <summary>The judgment is being enforced (code <c>enforcement</c>).</summary>
    public static readonly EscalationStage Enforcement = new("enforcement", 6, isOpen: true);

    /// <summary>The case is concluded (code <c>closed</c>); final.</summary>
    public static readonly EscalationStage Closed = new("closed", 7, isOpen: false);

    /// <summary>The escalation was withdrawn before it concluded (code <c>withdrawn</c>); final.</summary>
    public static readonly EscalationStage Withdrawn = new("withdrawn", 8, isOpen: false);

    /// <summary>The creditor recalled the account (code <c>recalled</c>); final.</summary>
    public static readonly EscalationStage Recalled = new("recalled", 9, isOpen: false);

    private EscalationStage(string code, int value, bool isOpen)
        : base(code, value) => IsOpen = isOpen;

    /// <summary>The persisted code, for example <c>filed</c>.</summary>
    public string Code => Name;

    /// <summary>Whether the case can still move (every stage but closed, withdrawn and recalled).</summary>
    public bool IsOpen { get; }

    /// <summary>Whether the stage is final: closed, withdrawn or recalled.</summary>
    public bool IsFinal => !IsOpen;

    /// <summary>The stage's title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("stage." + Code);

    /// <summary>Every stage, in the order of the track, the final ones last.</summary>
    public static IReadOnlyList<EscalationStage> All { get; } = [Qualified, Requested, Authorized, Filed, Judgment, Enforcement, Closed, Withdrawn, Recalled];

    /// <summary>The open stages, in the order of the track.</summary>
    public static IReadOnlyList<EscalationStage> OpenStages { get; } = [Qualified, Requested, Authorized, Filed, Judgment, Enforcement];

    /// <summary>Looks up a stage by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>filed</c>.</param>
    /// <param name="stage">The stage when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EscalationStage? stage)
    {
        stage = All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        return stage is not null;
    }

    /// <summary>Whether this open stage is the given open stage or later on the track.</summary>
    internal bool IsAtOrAfter(EscalationStage other) => IsOpen && other.IsOpen && Value >= other.Value;
}
