using Npgsql;

namespace OpenTerritoire.Storage;

/// <summary>Classifies exceptions from the database for the layers above, which do not reference Npgsql.</summary>
public static class StorageFailure
{
    /// <summary>
    /// True for an outage rather than a bug: the server is down, unreachable, restarting, out of connections, or the
    /// operation timed out. Such failures answer 503 with Retry-After.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql when npgsql.IsTransient => true,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.QueryCanceled,
        TimeoutException => true,
        System.Net.Sockets.SocketException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
