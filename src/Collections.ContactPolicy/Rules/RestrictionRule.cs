using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Honours a recorded restriction: opt-outs per channel, do-not-contact, cease-communication, or a dispute or legal hold that freezes reminders about the debt.</summary>
/// <remarks>
/// <para>Opt-out, do-not-contact and cease-communication refuse every attempt from the instant they were recorded;
/// nothing in the policy overrides them (the decision says never). A dispute or legal hold refuses attempts about the
/// debt while it covers the instant ([start, end)); an open one without an end refuses until it is lifted.</para>
/// <para>BRIEF: a dispute freezes contact about the debt on every channel, but not aging, KPIs or the dispute queue.</para>
/// </remarks>
public sealed record RestrictionRule : ContactRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it applies to (usually all).</param>
    /// <param name="restriction">The restriction honoured.</param>
    public RestrictionRule(RuleId id, RuleSource source, ChannelSet channels, ContactRestriction restriction)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(restriction);
        Restriction = restriction;
    }

    /// <summary>The restriction honoured.</summary>
    public ContactRestriction Restriction { get; }

    /// <summary>The rule's type in policy files: <c>opt_out</c>, <c>do_not_contact</c>, <c>cease_communication</c>, <c>dispute_hold</c> or <c>legal_hold</c>.</summary>
    public override string Type => TypeNameOf(Restriction);

    /// <summary>The type name written in policy files for a restriction.</summary>
    internal static string TypeNameOf(ContactRestriction restriction) =>
        restriction == ContactRestriction.Dispute ? "dispute_hold" : restriction.Code;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var request = evaluation.Request;
        var restrictions = request.Restrictions;
        if (Restriction == ContactRestriction.OptOut)
        {
            foreach (var optOut in restrictions.OptOuts)
            {
                if (optOut.Channel == request.Channel && optOut.Since <= candidate
                    && (optOut.ContactPoint is null || optOut.ContactPoint == request.ContactPointId))
                {
                    return RuleAnswer.Never(ContactRuleCode.OptedOut, optOut.Since.ToUnixTimeTicks());
                }
            }

            return RuleAnswer.Allowed(candidate);
        }

        if (Restriction == ContactRestriction.DoNotContact)
        {
            return restrictions.DoNotContactSince is { } since && since <= candidate
                ? RuleAnswer.Never(ContactRuleCode.DoNotContact, since.ToUnixTimeTicks())
                : RuleAnswer.Allowed(candidate);
        }

        if (Restriction == ContactRestriction.CeaseCommunication)
        {
            return restrictions.CeaseCommunicationSince is { } since && since <= candidate
                ? RuleAnswer.Never(ContactRuleCode.CeaseCommunication, since.ToUnixTimeTicks())
                : RuleAnswer.Allowed(candidate);
        }

        var kind = Restriction == ContactRestriction.Dispute ? HoldKind.Dispute : HoldKind.LegalHold;
        var code = kind == HoldKind.Dispute ? ContactRuleCode.DisputeOpen : ContactRuleCode.LegalHold;
        var at = candidate;
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var hold in restrictions.Holds)
            {
                if (hold.Kind == kind && hold.Covers(at))
                {
                    if (hold.End is not { } end)
                    {
                        return RuleAnswer.Held(code);
                    }

                    at = end;
                    moved = true;
                }
            }
        }

        return at == candidate ? RuleAnswer.Allowed(candidate) : RuleAnswer.Timed(at, code);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone)
    {
        var request = evaluation.Request;
        if (Restriction == ContactRestriction.OptOut || Restriction == ContactRestriction.DoNotContact || Restriction == ContactRestriction.CeaseCommunication)
        {
            return ContactPolicyTexts.Format(
                "denial." + Restriction.Code,
                TextArgument.Of("channel", request.Channel.Title),
                TextArgument.Of("since", ContactPolicyTexts.Local(Instant.FromUnixTimeTicks(answer.Detail), zone)));
        }

        var kind = Restriction == ContactRestriction.Dispute ? HoldKind.Dispute : HoldKind.LegalHold;
        var hold = request.Restrictions.Holds.Where(h => h.Kind == kind && h.Covers(candidate)).OrderBy(h => h.Start).First();
        return ContactPolicyTexts.Format(
            answer.Kind == DenialKind.UntilHoldLifted ? "denial." + Restriction.Code + ".open" : "denial." + Restriction.Code + ".until",
            TextArgument.Of("account", request.AccountId.Value),
            TextArgument.Of("start", ContactPolicyTexts.Local(hold.Start, zone)),
            TextArgument.Of("lifts", answer.Next is { } next ? ContactPolicyTexts.Local(next, zone) : "-"));
    }

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format("rule." + Restriction.Code, TextArgument.Of("channels", ChannelClause()));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
