using System.Reflection;
using System.Runtime.CompilerServices;

namespace Collections.Architecture.Tests;

/// <summary>STYLE's API rules, checked on every public type of the shipped packages.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] ForbiddenTimeTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(TimeZoneInfo)];

    private static Type[] PublicTypes(string assemblyName) =>
        LibraryAssemblies.ByName(assemblyName).GetExportedTypes();

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void Public_classes_are_sealed_or_static(string assemblyName)
    {
        var open = PublicTypes(assemblyName)
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.True(open.Count == 0, "Not sealed: " + string.Join(", ", open));
    }

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void No_public_signature_uses_DateTime_DateTimeOffset_TimeSpan_or_TimeZoneInfo(string assemblyName)
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes(assemblyName))
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    MethodBase m => m.GetParameters().Select(p => p.ParameterType).Append((m as MethodInfo)?.ReturnType ?? typeof(void)),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    _ => [],
                };
                if (types.Any(Mentions))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Use NodaTime types instead: " + string.Join(", ", offenders.Distinct()));
    }

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void Public_values_are_immutable_except_builders_and_accumulators(string assemblyName)
    {
        var mutable = PublicTypes(assemblyName)
            .Where(t => !t.IsEnum && !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !t.Name.EndsWith("Accumulator", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsInitOnly)
                    .Select(f => $"{t.FullName}.{f.Name}")))
            .ToList();

        Assert.True(mutable.Count == 0, "Publicly settable: " + string.Join(", ", mutable));
    }

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void Public_static_fields_are_read_only(string assemblyName)
    {
        var writable = PublicTypes(assemblyName)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();

        Assert.True(writable.Count == 0, "No static mutable state: " + string.Join(", ", writable));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool Mentions(Type type)
    {
        if (ForbiddenTimeTypes.Contains(type))
        {
            return true;
        }

        if (type.HasElementType)
        {
            return Mentions(type.GetElementType()!);
        }

        return type.IsGenericType && type.GetGenericArguments().Any(Mentions);
    }
}
