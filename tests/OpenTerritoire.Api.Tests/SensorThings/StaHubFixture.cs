using System.Globalization;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.SensorThings;

/// <summary>
/// A fresh database with two tenants, and the hub on it with test authentication: clients for a writer of the first
/// tenant, a reader of the second, and an anonymous caller. Use as <c>IClassFixture</c>.
/// </summary>
public sealed class StaHubFixture : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();

    public HubApplication Hub { get; private set; } = null!;

    public DatabaseFixture Database => database;

    public TenantId Tenant { get; private set; }

    public TenantId OtherTenant { get; private set; }

    /// <summary>A caller of <see cref="Tenant"/> with read and write scopes.</summary>
    public HttpClient CreateWriter() => CreateClient(Tenant, "read write");

    /// <summary>A caller of <see cref="OtherTenant"/>, read scope only.</summary>
    public HttpClient CreateOtherReader() => CreateClient(OtherTenant, "read");

    public HttpClient CreateAnonymous() => Hub.CreateClient();

    public HttpClient CreateClient(TenantId tenant, string scope)
    {
        var client = Hub.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.TenantHeader, tenant.Value.ToString(CultureInfo.InvariantCulture));
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, scope);
        return client;
    }

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var seeder = new Seeder(database.DataSource);
        Tenant = (await seeder.TenantAsync()).Id;
        OtherTenant = (await seeder.TenantAsync()).Id;
        Hub = new HubApplication(database.ConnectionString, services: TestAuthenticationHandler.Register);
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await database.DisposeAsync();
    }
}
