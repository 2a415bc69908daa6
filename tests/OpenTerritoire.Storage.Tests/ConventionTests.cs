using System.Reflection;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Conventions;

namespace OpenTerritoire.Storage.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Assembly = typeof(StorageOptions).Assembly;

    // Tenants are not owned rows; the ingestion endpoint finds a feed by id before it knows the tenant, then
    // checks the feed's token. Authentication finds a token by its secret's hash before it knows the tenant, and
    // records its use by the id it just found. Platform tokens belong to no tenant: only the bootstrap and the
    // operator's CLI make, list and revoke them.
    private static readonly string[] UnscopedMethods =
    [
        $"{nameof(FeedStore)}.{nameof(FeedStore.FindForIngestionAsync)}",
        $"{nameof(ApiTokenStore)}.{nameof(ApiTokenStore.FindBySecretAsync)}",
        $"{nameof(ApiTokenStore)}.{nameof(ApiTokenStore.RecordUseAsync)}",
        $"{nameof(ApiTokenStore)}.{nameof(ApiTokenStore.EnsurePlatformAsync)}",
        $"{nameof(ApiTokenStore)}.{nameof(ApiTokenStore.ListPlatformAsync)}",
        $"{nameof(ApiTokenStore)}.{nameof(ApiTokenStore.RevokePlatformAsync)}",
    ];

    [Fact]
    public void Storage_References_OnlyCore() => AssemblyConventions.ReferencesPointDown(Assembly);

    [Fact]
    public void Storage_TypeNames_AvoidBannedWords() => AssemblyConventions.NoBannedNames(Assembly);

    [Fact]
    public void Storage_Namespaces_FollowProject() => AssemblyConventions.NamespacesFollowProject(Assembly);

    [Fact]
    public void Storage_PublicClasses_AreSealed() => AssemblyConventions.PublicClassesAreSealed(Assembly);

    [Fact]
    public void Stores_PublicMethods_TakeTenantFirst()
    {
        var methods = AssemblyConventions.OwnTypes(Assembly)
            .Where(type => type.IsPublic && type.Name.EndsWith("Store", StringComparison.Ordinal) && type != typeof(TenantStore))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => !UnscopedMethods.Contains($"{method.DeclaringType!.Name}.{method.Name}"))
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, method => Assert.Equal(typeof(TenantId), method.GetParameters()[0].ParameterType));
    }

    [Fact]
    public void AsyncMethods_Public_EndInAsyncAndTakeCancellationTokenLast()
    {
        var methods = AssemblyConventions.OwnTypes(Assembly)
            .Where(type => type.IsPublic)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => typeof(Task).IsAssignableFrom(method.ReturnType))
            .ToList();

        Assert.All(methods, method =>
        {
            Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
            Assert.Equal(typeof(CancellationToken), method.GetParameters()[^1].ParameterType);
        });
    }
}
