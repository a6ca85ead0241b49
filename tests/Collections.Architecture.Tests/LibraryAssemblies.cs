using System.Reflection;

namespace Collections.Architecture.Tests;

/// <summary>The shipped library assemblies, loaded through a type each defines.</summary>
internal static class LibraryAssemblies
{
    public static readonly Assembly Core = typeof(Money).Assembly;
    public static readonly Assembly Aging = typeof(Collections.Aging.AgingBucketSet).Assembly;
    public static readonly Assembly Kpi = Assembly.Load("Collections.Kpi");
    public static readonly Assembly Intake = Assembly.Load("Collections.Intake");
    public static readonly Assembly AuditSqlite = Assembly.Load("Collections.Audit.Sqlite");
    public static readonly Assembly PhoneNumbers = Assembly.Load("Collections.PhoneNumbers");

    public static readonly Assembly ContactPolicy = Assembly.Load("Collections.ContactPolicy");

    public static readonly Assembly Escalation = Assembly.Load("Collections.Escalation");
    public static readonly Assembly Fees = Assembly.Load("Collections.Fees");

    public static readonly Assembly[] All = [Core, Aging, Kpi, Intake, ContactPolicy, Escalation, Fees, AuditSqlite, PhoneNumbers];

    public static TheoryData<string> Names() => [.. All.Select(a => a.GetName().Name!)];

    public static Assembly ByName(string name) => All.Single(a => a.GetName().Name == name);
}
