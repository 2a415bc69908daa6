using System.Reflection;
using OpenTerritoire.Testing.Conventions;

namespace OpenTerritoire.Cli.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Assembly = typeof(CliApplication).Assembly;

    [Fact]
    public void Cli_References_PointDown() => AssemblyConventions.ReferencesPointDown(Assembly);

    [Fact]
    public void Cli_TypeNames_AvoidBannedWords() => AssemblyConventions.NoBannedNames(Assembly);

    [Fact]
    public void Cli_Namespaces_FollowProject() => AssemblyConventions.NamespacesFollowProject(Assembly);
}
