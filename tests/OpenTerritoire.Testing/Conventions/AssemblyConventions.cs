using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace OpenTerritoire.Testing.Conventions;

/// <summary>The project's rules of ARCHITECTURE.md and STYLE.md, checked by reflection on one assembly.</summary>
public static class AssemblyConventions
{
    private static readonly string[] BannedWords = ["Manager", "Helper", "Utils", "Common", "Misc", "Processor", "Impl"];

    /// <summary>Which OpenTerritoire projects each project may reference: references point down only.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["OpenTerritoire.Core"] = [],
        ["OpenTerritoire.Schemas"] = ["OpenTerritoire.Core"],
        ["OpenTerritoire.Storage"] = ["OpenTerritoire.Core"],
        ["OpenTerritoire.Adapters"] = ["OpenTerritoire.Core", "OpenTerritoire.Schemas"],
        ["OpenTerritoire.Api"] = ["OpenTerritoire.Core", "OpenTerritoire.Schemas", "OpenTerritoire.Adapters", "OpenTerritoire.Storage"],
        ["openterritoire"] = ["OpenTerritoire.Core", "OpenTerritoire.Schemas", "OpenTerritoire.Adapters", "OpenTerritoire.Storage"],
    };

    public static void ReferencesPointDown(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var references = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(reference => reference.StartsWith("OpenTerritoire", StringComparison.Ordinal)
                || reference == "openterritoire")
            .ToList();

        Assert.All(references, reference => Assert.Contains(reference, AllowedReferences[name]));
    }

    public static void NoBannedNames(Assembly assembly) => Assert.All(
        OwnTypes(assembly),
        type => Assert.DoesNotContain(BannedWords, word => type.Name.Contains(word, StringComparison.Ordinal)));

    public static void NamespacesFollowProject(Assembly assembly)
    {
        var root = assembly.GetName().Name == "openterritoire" ? "OpenTerritoire.Cli" : assembly.GetName().Name!;
        Assert.All(OwnTypes(assembly).Where(type => type.Namespace is not null),
            type => Assert.StartsWith(root, type.Namespace!, StringComparison.Ordinal));
    }

    /// <summary>Public classes are sealed, static or abstract: no accidental inheritance.</summary>
    public static void PublicClassesAreSealed(Assembly assembly) => Assert.All(
        OwnTypes(assembly).Where(type => type.IsClass && type.IsPublic && !IsCompilerGenerated(type)),
        type => Assert.True(type.IsSealed || type.IsAbstract, $"{type.FullName} should be sealed."));

    /// <summary>Records and other values carry no public setter but init.</summary>
    public static void PublicTypesAreImmutable(Assembly assembly, params Type[] exceptions) => Assert.All(
        OwnTypes(assembly).Where(type => type.IsPublic && !exceptions.Contains(type)),
        type => Assert.DoesNotContain(
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly),
            property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)));

    public static IEnumerable<Type> OwnTypes(Assembly assembly) => assembly.GetTypes()
        .Where(type => !IsCompilerGenerated(type) && type.Namespace is not null
            && !type.Namespace.StartsWith("Microsoft", StringComparison.Ordinal)
            && !type.Namespace.StartsWith("System", StringComparison.Ordinal));

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains('<', StringComparison.Ordinal);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
