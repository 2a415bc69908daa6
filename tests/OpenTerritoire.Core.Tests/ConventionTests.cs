using OpenTerritoire.Testing.Conventions;

namespace OpenTerritoire.Core.Tests;

public sealed class ConventionTests
{
    private static readonly System.Reflection.Assembly Assembly = typeof(Issue).Assembly;

    [Fact]
    public void Core_References_NoOtherProject() => AssemblyConventions.ReferencesPointDown(Assembly);

    [Fact]
    public void Core_TypeNames_AvoidBannedWords() => AssemblyConventions.NoBannedNames(Assembly);

    [Fact]
    public void Core_Namespaces_FollowProject() => AssemblyConventions.NamespacesFollowProject(Assembly);

    [Fact]
    public void Core_PublicClasses_AreSealed() => AssemblyConventions.PublicClassesAreSealed(Assembly);

    [Fact]
    public void Core_PublicTypes_AreImmutable() => AssemblyConventions.PublicTypesAreImmutable(Assembly);
}
