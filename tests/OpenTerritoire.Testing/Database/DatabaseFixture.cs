using Npgsql;
using OpenTerritoire.Storage;
using Xunit;

namespace OpenTerritoire.Testing.Database;

/// <summary>A fresh, migrated database for one test class, dropped afterwards. Use as <c>IClassFixture</c>.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public string DatabaseName { get; } = "ot_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string of this class's database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A data source on this class's database, configured as the hub configures its own.</summary>
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TemplateDatabase.CreateCopyAsync(DatabaseName, CancellationToken.None);
        DataSource = StorageServiceCollectionExtensions.CreateDataSource(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await TemplateDatabase.DropAsync(DatabaseName, CancellationToken.None);
    }
}
