using OpenTerritoire.Storage;

namespace OpenTerritoire.Cli.Commands;

/// <summary>The database a command works on: <c>--connection</c>, else <c>OPENTERRITOIRE_DB</c>.</summary>
internal static class CliDatabase
{
    public static string? Resolve(string? option, TextWriter output)
    {
        var connectionString = option ?? Environment.GetEnvironmentVariable(StorageServiceCollectionExtensions.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            output.WriteLine(
                $"No database: pass --connection or set {StorageServiceCollectionExtensions.ConnectionStringVariable}.");
            return null;
        }

        return connectionString;
    }
}
