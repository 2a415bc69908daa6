using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Ingest;

/// <summary>A fresh database and the hub on it, with the test caller scheme standing in for API tokens.</summary>
public sealed class IngestHubFixture : IAsyncLifetime
{
    public DatabaseFixture Database { get; } = new();

    public HubApplication Hub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Hub = new HubApplication(Database.ConnectionString, services: TestCaller.Register);
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Database.DisposeAsync();
    }
}
