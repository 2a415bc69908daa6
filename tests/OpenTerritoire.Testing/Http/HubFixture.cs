using OpenTerritoire.Testing.Database;
using Xunit;

namespace OpenTerritoire.Testing.Http;

/// <summary>A fresh database and the hub on it, for one test class. Use as <c>IClassFixture</c>.</summary>
public sealed class HubFixture : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();

    public HubApplication Hub { get; private set; } = null!;

    public DatabaseFixture Database => database;

    public HttpClient CreateClient() => Hub.CreateClient();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Hub = new HubApplication(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await database.DisposeAsync();
    }
}
