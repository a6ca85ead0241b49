using System.Globalization;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <content>Adding account activity, one or a batch; a batch is checked whole before any of it is added.</content>
public sealed partial class GovernanceReportBuilder
{
    /// <summary>Adds one account's activity for the escalation rule.</summary>
    /// <param name="activity">The account's activity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="ArgumentException">Another creditor, another currency, negative counts, or the account was already added.</exception>
    public GovernanceReportBuilder AddAccount(GovernanceAccountActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var problems = AccountProblems(activity);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Account activity {activity.Account.Value} is refused: " + string.Join("; ", problems) + ".", nameof(activity));
        }

        _accounts.Add(activity.Account, activity);
        return this;
    }

    /// <summary>Adds several accounts' activity, all or none: the whole batch is checked before any activity is added.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null, is refused as by <see cref="AddAccount"/>, or names an account an
    /// earlier item of the batch names; every refused item listed by its index and account, and none of the batch added.</exception>
    public GovernanceReportBuilder AddAccounts(IEnumerable<GovernanceAccountActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var batch = activities.ToList();
        var problems = new List<string>();
        var firstIndex = new Dictionary<AccountId, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            var activity = batch[i];
            var item = string.Create(CultureInfo.InvariantCulture, $"[{i}]");
            if (activity is null)
            {
                problems.Add(item + " is null");
                continue;
            }

            var found = AccountProblems(activity);
            if (activity.Account.Value is not null && !firstIndex.TryAdd(activity.Account, i))
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"the account is already given by [{firstIndex[activity.Account]}] of this batch"));
            }

            if (found.Count > 0)
            {
                problems.Add($"{item} {activity.Account.Value ?? "(no account)"}: {string.Join(" and ", found)}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The account activities are refused, none of them added: " + string.Join("; ", problems) + ".", nameof(activities));
        }

        foreach (var activity in batch)
        {
            _accounts.Add(activity.Account, activity);
        }

        return this;
    }

    /// <summary>Every reason the activity cannot be added (empty when it can).</summary>
    private List<string> AccountProblems(GovernanceAccountActivity activity)
    {
        var problems = new List<string>();
        if (activity.Account.Value is null)
        {
            problems.Add("the account is not specified");
        }

        if (activity.Creditor != Creditor)
        {
            problems.Add($"its creditor is {activity.Creditor.Value}, the report is for {Creditor.Value} (creditor mismatch)");
        }

        if (activity.Balance.Currency != Currency)
        {
            problems.Add($"its balance is in {activity.Balance.Currency.Code}, the report's currency is {Currency.Code} (wrong currency)");
        }

        if (activity.Attempts < 0 || activity.PromisesKept < 0)
        {
            problems.Add("attempts and promises kept must not be negative");
        }

        if (activity.Account.Value is not null && _accounts.ContainsKey(activity.Account))
        {
            problems.Add("the account was already added");
        }

        return problems;
    }
}
