using Collections.Fees;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures <see cref="CollectionsFeesServiceCollectionExtensions.AddCollectionsFees"/>: the fee schedules in force (mutable while registering; the catalogue built from it is immutable).</summary>
public sealed class CollectionsFeesBuilder
{
    private readonly List<FeeSchedule> _schedules = [];
    private readonly List<string> _files = [];

    /// <summary>Adds a schedule built in code.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public CollectionsFeesBuilder AddSchedule(FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _schedules.Add(schedule);
        return this;
    }

    /// <summary>Adds a schedule from a JSON file (read and checked at registration).</summary>
    /// <param name="path">The file (the shape of <see cref="FeeScheduleJson"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public CollectionsFeesBuilder AddScheduleFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _files.Add(path);
        return this;
    }

    internal FeeScheduleCatalog Build() => FeeScheduleCatalog.Create(_schedules.Concat(_files.Select(FeeScheduleJson.Load)));
}
