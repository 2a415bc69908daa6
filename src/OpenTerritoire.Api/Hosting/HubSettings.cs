using OpenTerritoire.Storage;

namespace OpenTerritoire.Api.Hosting;

/// <summary>Where the hub's settings come from: appsettings.json, then <c>OPENTERRITOIRE_*</c> variables.</summary>
public static class HubSettings
{
    /// <summary><c>OPENTERRITOIRE_Storage__ConnectionString</c> sets <c>Storage:ConnectionString</c>, and so on.</summary>
    public const string EnvironmentPrefix = "OPENTERRITOIRE_";

    private const string ConnectionStringKey = $"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}";

    /// <summary>
    /// Adds the <c>OPENTERRITOIRE_*</c> variables, and <c>OPENTERRITOIRE_DB</c> as the database connection string,
    /// above appsettings.json.
    /// </summary>
    public static WebApplicationBuilder AddHubConfiguration(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        var database = Environment.GetEnvironmentVariable(StorageServiceCollectionExtensions.ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(database))
        {
            builder.Configuration.AddInMemoryCollection([new(ConnectionStringKey, database)]);
        }

        return builder;
    }

    /// <summary>The database connection string; the hub refuses to start without one, naming the variable to set.</summary>
    public static string ResolveConnectionString(IServiceProvider services)
    {
        var connectionString = services.GetRequiredService<IConfiguration>()[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database configured: set {StorageServiceCollectionExtensions.ConnectionStringVariable} to an Npgsql " +
                "connection string, or run tools/run which starts a private PostgreSQL.");
        }

        return connectionString;
    }

    /// <summary>The shared schemas folder: <c>Schemas:Directory</c>, else the one beside the binaries or above them.</summary>
    public static string ResolveSchemasDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return OpenTerritoire.Schemas.SchemasDirectory.Locate(configuration["Schemas:Directory"])
            ?? throw new InvalidOperationException(
                "The schemas folder was not found: set Schemas:Directory (OPENTERRITOIRE_Schemas__Directory).");
    }
}
