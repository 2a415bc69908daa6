namespace OpenTerritoire.Storage;

/// <summary>Settings of the <c>Storage</c> section; <c>OPENTERRITOIRE_DB</c> overrides the connection string.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>An Npgsql connection string to the hub's database.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Apply pending migrations when the hub starts (the CLI's <c>db migrate</c> does it on demand).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
