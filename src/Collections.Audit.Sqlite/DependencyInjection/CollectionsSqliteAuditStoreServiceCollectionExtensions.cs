using Collections.Audit.Sqlite;
using Collections.Core.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite audit store with Microsoft.Extensions.DependencyInjection.</summary>
public static class CollectionsSqliteAuditStoreServiceCollectionExtensions
{
    /// <summary>Keeps the audit log in a SQLite database file: registers a <see cref="SqliteAuditStore"/> as the <see cref="IAuditStore"/>, and the audit trail.</summary>
    /// <remarks>
    /// The options are checked here, at registration, and every violation is listed. Naming SQLite is an explicit choice,
    /// so it replaces any <see cref="IAuditStore"/> registered before (such as the in-memory default of
    /// <c>AddCollectionsAudit</c>, whichever was called first). The database is not opened until first use.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A connection string naming a database file, for example <c>Data Source=audit.db</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The connection string is invalid or names an in-memory database.</exception>
    public static IServiceCollection AddCollectionsSqliteAuditStore(this IServiceCollection services, string connectionString) =>
        services.AddCollectionsSqliteAuditStore(new SqliteAuditStoreOptions(connectionString));

    /// <summary>Keeps the audit log in a SQLite database file, with a table name and journal mode of the host's choosing.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The options.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; every violation listed.</exception>
    public static IServiceCollection AddCollectionsSqliteAuditStore(this IServiceCollection services, SqliteAuditStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = new SqliteAuditStore(options);
        services.RemoveAll<IAuditStore>();
        services.AddSingleton<IAuditStore>(store);
        return services.AddCollectionsAudit();
    }
}
