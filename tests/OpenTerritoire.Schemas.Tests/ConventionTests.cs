using System.Reflection;
using System.Runtime.CompilerServices;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Tests;

/// <summary>The project's code rules (STYLE.md), checked by reflection over the Schemas assembly.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Schemas = typeof(SchemaRegistry).Assembly;

    private static IEnumerable<Type> OwnTypes => Schemas.GetTypes()
        .Where(type => type.Namespace?.StartsWith("OpenTerritoire", StringComparison.Ordinal) == true
                       && !type.IsDefined(typeof(CompilerGeneratedAttribute)) && !type.IsNested
                       && !type.Name.Contains('<', StringComparison.Ordinal));

    [Fact]
    public void References_SchemasAssembly_PointOnlyDownToCore()
    {
        var ours = Schemas.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => name.StartsWith("OpenTerritoire", StringComparison.Ordinal));

        Assert.Equal(["OpenTerritoire.Core"], ours);
    }

    [Fact]
    public void Classes_EveryClass_IsSealedStaticOrAbstract()
    {
        var open = OwnTypes.Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract).Select(type => type.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void Namespaces_EveryType_IsInTheProjectOrASubDomainFolder()
    {
        string[] allowed =
        [
            "OpenTerritoire.Schemas", "OpenTerritoire.Schemas.Compilation", "OpenTerritoire.Schemas.Inputs",
            "OpenTerritoire.Schemas.Registry", "OpenTerritoire.Schemas.Reporting", "OpenTerritoire.Schemas.Rules",
            "OpenTerritoire.Schemas.Tabular",
        ];

        Assert.All(OwnTypes, type => Assert.Contains(type.Namespace, allowed));
    }

    [Theory]
    [InlineData("Helper")]
    [InlineData("Manager")]
    [InlineData("Utils")]
    [InlineData("Common")]
    [InlineData("Misc")]
    [InlineData("Processor")]
    [InlineData("Impl")]
    public void Names_NoType_UsesABannedWord(string word)
    {
        Assert.DoesNotContain(OwnTypes, type => type.Name.Contains(word, StringComparison.Ordinal));
    }
}
