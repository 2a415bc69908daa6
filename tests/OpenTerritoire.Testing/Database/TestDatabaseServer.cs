using System.Diagnostics;
using Npgsql;

namespace OpenTerritoire.Testing.Database;

/// <summary>
/// The PostgreSQL server the tests use: <c>OPENTERRITOIRE_TEST_DB</c> (set by <c>tools/test</c> to a throwaway
/// cluster), else <c>OPENTERRITOIRE_DB</c>, else a throwaway cluster started here through <c>tools/pg/pg</c> and
/// stopped when the test process exits, so a plain <c>dotnet test</c> works too.
/// </summary>
public static class TestDatabaseServer
{
    public const string ConnectionStringVariable = "OPENTERRITOIRE_TEST_DB";

    private static readonly Lazy<string> AdminConnectionString = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database, as a superuser.</summary>
    public static string ConnectionString => AdminConnectionString.Value;

    /// <summary>A connection string to another database of the same server.</summary>
    public static string ForDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable)
            ?? Environment.GetEnvironmentVariable("OPENTERRITOIRE_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString;
        }

        var script = Path.Combine(RepositoryRoot.Path, "tools", "pg", "pg");
        var directory = Path.Combine(Path.GetTempPath(), "openterritoire-test-pg-" + Environment.ProcessId);
        var connectionString = Run(script, "start", directory).Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "destroy", directory);
        return connectionString;
    }

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }
}
