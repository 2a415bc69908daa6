using System.Reflection;
using OpenTerritoire.Api.Hosting;
using OpenTerritoire.Testing.Conventions;

namespace OpenTerritoire.Api.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Assembly = typeof(HubSettings).Assembly;

    [Fact]
    public void Api_References_PointDown() => AssemblyConventions.ReferencesPointDown(Assembly);

    [Fact]
    public void Api_TypeNames_AvoidBannedWords() => AssemblyConventions.NoBannedNames(Assembly);

    [Fact]
    public void Api_Namespaces_FollowProject() => AssemblyConventions.NamespacesFollowProject(Assembly);

    [Fact]
    public void Api_DoesNotReference_DapperOrNpgsql()
    {
        var references = Assembly.GetReferencedAssemblies().Select(reference => reference.Name);

        Assert.DoesNotContain("Dapper", references);
        Assert.DoesNotContain("Npgsql", references);
    }

    [Fact]
    public void Endpoints_FaceClasses_AreStaticAndNamedAfterFace() => Assert.All(
        AssemblyConventions.OwnTypes(Assembly).Where(type => type.Name.EndsWith("Endpoints", StringComparison.Ordinal)),
        type => Assert.True(type.IsAbstract && type.IsSealed, $"{type.Name} should be a static class."));
}
