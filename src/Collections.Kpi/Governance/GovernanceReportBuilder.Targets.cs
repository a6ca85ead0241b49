using System.Globalization;

namespace Collections.Kpi.Governance;

/// <content>Adding targets, one or a batch; a batch is checked whole before any of it is added.</content>
public sealed partial class GovernanceReportBuilder
{
    /// <summary>Adds a target.</summary>
    /// <param name="target">The target, in the KPI's unit (its range is checked when the <see cref="KpiTarget"/> is created).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">The KPI is neutral (no better direction) or a matrix (roll rates), or already has a target.</exception>
    public GovernanceReportBuilder AddTarget(KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (TargetProblem(target) is { } problem)
        {
            throw new ArgumentException(problem, nameof(target));
        }

        _targets.Add(target.Id, target);
        return this;
    }

    /// <summary>Adds targets, all or none: the whole batch is checked before any target is added.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null, is refused as by <see cref="AddTarget"/>, or names a KPI an earlier
    /// item of the batch names; every refused item listed by its index, and none of the batch added.</exception>
    public GovernanceReportBuilder AddTargets(IEnumerable<KpiTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var batch = targets.ToList();
        var problems = new List<string>();
        var firstIndex = new Dictionary<KpiId, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            var target = batch[i];
            var item = string.Create(CultureInfo.InvariantCulture, $"[{i}]");
            if (target is null)
            {
                problems.Add(item + " is null");
            }
            else if (TargetProblem(target) is { } problem)
            {
                problems.Add(item + " " + problem.TrimEnd('.'));
            }
            else if (!firstIndex.TryAdd(target.Id, i))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{item} '{target.Id.Code}' is already given by [{firstIndex[target.Id]}] of this batch (one target per KPI)"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The targets are refused, none of them added: " + string.Join("; ", problems) + ".", nameof(targets));
        }

        foreach (var target in batch)
        {
            _targets.Add(target.Id, target);
        }

        return this;
    }

    /// <summary>Why the target cannot be added, or <see langword="null"/> when it can.</summary>
    private string? TargetProblem(KpiTarget target)
    {
        var definition = KpiCatalog.Default[target.Id];
        if (definition.Source == KpiSource.RollRateMatrix)
        {
            return $"'{target.Id.Code}' is a matrix, not one value, so the report has no line to hold its target.";
        }

        if (definition.Direction == KpiDirection.Neutral)
        {
            return $"'{target.Id.Code}' has no better direction (neutral), so no target can be met or missed.";
        }

        return _targets.TryGetValue(target.Id, out var existing)
            ? $"'{target.Id.Code}' already has a target ({existing.Value.ToString(CultureInfo.InvariantCulture)})."
            : null;
    }
}
