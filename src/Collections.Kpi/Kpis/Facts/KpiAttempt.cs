using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>One attempt as a KPI fact: account, channel, outcome, the creditor's local day, agent, template, what the
/// contact recorded, handle time and cost — a small value with no reference inside, for counting millions.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: an attempt is one outbound try on one channel to one contact point; a right-party contact
/// (RPC) reached and identified the debtor or an authorised representative (<see cref="AttemptOutcome.IsRightPartyContact"/>);
/// a productive contact is an RPC that recorded a promise, a payment, a plan, a dispute or an agreed callback
/// (<see cref="Results"/>). The outcome must be one the channel can have (<see cref="AttemptOutcome.AppliesTo(Channel)"/>):
/// an sms cannot reach the right party and a call cannot be delivered.</para>
/// <para><see cref="Account"/> is the host's dense account index (0, 1, 2, …; see <see cref="KpiCodebookBuilder.Account"/>):
/// the accumulator keeps "attempted at least once" as one bit per account index. Agent and template are codes (0 = not
/// given). Amounts are minor units of the accumulator's currency (<see cref="KpiScope.Currency"/>).</para>
/// <para>The <see langword="default"/> value has no channel and is refused by <see cref="KpiAccumulator.Add(in KpiAttempt)"/>.</para>
/// </remarks>
public readonly record struct KpiAttempt
{
    private readonly int _account;
    private readonly int _day;
    private readonly int _costMinorUnits;
    private readonly int _handleSeconds;
    private readonly ushort _agent;
    private readonly ushort _template;
    private readonly byte _channel;
    private readonly byte _outcome;
    private readonly byte _results;
    private readonly byte _class;

    /// <summary>Creates an attempt fact.</summary>
    /// <param name="account">The account's dense index (0 or more).</param>
    /// <param name="channel">The channel.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="day">The day of the attempt in the creditor's time zone (see <see cref="At"/> for an instant).</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> or <paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="account"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is not an outcome of <paramref name="channel"/>
    /// (<see cref="AttemptOutcome.AppliesTo(Channel)"/>), for example sms with right_party or call with delivered.</exception>
    public KpiAttempt(int account, Channel channel, AttemptOutcome outcome, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentOutOfRangeException.ThrowIfNegative(account);
        AttemptOutcome.ThrowIfNotApplicable(outcome, channel);

        _account = account;
        _channel = (byte)channel.Value;
        _outcome = (byte)outcome.Value;
        _class = AttemptClass.Of(channel, outcome, ContactResults.None);
        _day = DayNumber.Of(day);
    }

    /// <summary>The account's dense index.</summary>
    public int Account => _account;

    /// <summary>The channel.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value (no channel).</exception>
    public Channel Channel => _channel != 0
        ? Channel.All[_channel - 1]
        : throw new InvalidOperationException("A default KpiAttempt has no channel.");

    /// <summary>The outcome.</summary>
    /// <exception cref="InvalidOperationException">This is the <see langword="default"/> value (no channel).</exception>
    public AttemptOutcome Outcome => _channel != 0
        ? AttemptOutcome.FromValue(_outcome)
        : throw new InvalidOperationException("A default KpiAttempt has no outcome.");

    /// <summary>The day of the attempt in the creditor's time zone.</summary>
    public LocalDate Day => DayNumber.ToDate(_day);

    /// <summary>The account's breakdown codes on the day of the attempt.</summary>
    public KpiKey Key { get; init; }

    /// <summary>The agent's code (0 = no agent, for example an automated message).</summary>
    public ushort Agent { get => _agent; init => _agent = value; }

    /// <summary>The template's code (0 = none).</summary>
    public ushort Template { get => _template; init => _template = value; }

    /// <summary>What the contact recorded; anything makes it a productive contact.</summary>
    /// <exception cref="ArgumentException">Results are given on an outcome that is not a right-party contact, or an undefined bit is set.</exception>
    public ContactResults Results
    {
        get => (ContactResults)_results;
        init
        {
            if (((int)value & ~31) != 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Results {(int)value} has bits no ContactResults value defines."), nameof(value));
            }

            if (value != ContactResults.None && !Outcome.IsRightPartyContact)
            {
                throw new ArgumentException(
                    $"Only a right-party contact records results (a productive contact is an RPC that recorded something); this attempt's outcome is {Outcome.Code}.",
                    nameof(value));
            }

            _results = (byte)value;
            _class = AttemptClass.Of(Channel, Outcome, value);
        }
    }

    /// <summary>Handle time in seconds (talk, hold and wrap-up); counted for calls that reached a person.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int HandleSeconds
    {
        get => _handleSeconds;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _handleSeconds = value;
        }
    }

    /// <summary>The attempt's cost in minor units of the accumulator's currency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int CostMinorUnits
    {
        get => _costMinorUnits;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _costMinorUnits = value;
        }
    }

    /// <summary>Whether the attempt is a right-party contact.</summary>
    public bool IsRightPartyContact => AttemptClass.IsRightParty(_class);

    /// <summary>Whether the attempt is a productive contact (an RPC that recorded something).</summary>
    public bool IsProductive => _results != 0;

    internal int DayNumberValue => _day;

    internal int ChannelValue => _channel;

    internal int ClassValue => _class;

    internal bool HasChannel => _channel != 0;

    /// <summary>Describes the attempt in the invariant culture.</summary>
    /// <returns>For example <c>attempt of account 7 on 2026-03-01: call right_party (promise)</c>.</returns>
    public override string ToString() => HasChannel
        ? string.Create(CultureInfo.InvariantCulture, $"attempt of account {_account} on {Day:uuuu-MM-dd}: {Channel.Code} {Outcome.Code} ({Results})")
        : "attempt (default: no channel)";

    /// <summary>Creates an attempt fact from the instant it was made, on the creditor's local day.</summary>
    /// <param name="account">The account's dense index.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="at">When the attempt was made.</param>
    /// <param name="creditorZone">The creditor's time zone (docs/kpi-definitions.md: day boundaries are the creditor's local day).</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="account"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is not an outcome of <paramref name="channel"/>.</exception>
    public static KpiAttempt At(int account, Channel channel, AttemptOutcome outcome, Instant at, DateTimeZone creditorZone)
    {
        ArgumentNullException.ThrowIfNull(creditorZone);
        return new KpiAttempt(account, channel, outcome, at.InZone(creditorZone).Date);
    }
}
