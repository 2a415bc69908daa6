using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>The hub on a fresh database, with test authentication and a fixed clock (2026-05-04).</summary>
public sealed class RegistersHubFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly HubFixture hub = new();
    private WebApplicationFactory<Program> factory = null!;

    public FakeTimeProvider Clock { get; } = new(Now);

    public Seeder Seed => new(hub.Database.DataSource);

    public DatabaseFixture Database => hub.Database;

    public IServiceProvider Services => factory.Services;

    /// <summary>An anonymous client.</summary>
    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>A client acting for a tenant with the given scopes.</summary>
    public HttpClient CreateClient(TenantId tenant, string scopes = "read write")
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.TenantHeader, tenant.Value.ToString(CultureInfo.InvariantCulture));
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopesHeader, scopes);
        return client;
    }

    public async Task InitializeAsync()
    {
        await hub.InitializeAsync();
        factory = hub.Hub.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication(TestAuthenticationHandler.Scheme)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.Scheme, null);
        }));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await hub.DisposeAsync();
    }
}
