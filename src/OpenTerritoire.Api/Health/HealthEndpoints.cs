using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenTerritoire.Storage;

namespace OpenTerritoire.Api.Health;

/// <summary><c>/health</c> (the process is alive) and <c>/ready</c> (the database is reachable and migrated).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty).WithTags("Health");
        group.MapGet("/health", GetHealth).WithName("GetHealth");
        group.MapGet("/ready", GetReadyAsync).WithName("GetReady");
        return endpoints;
    }

    private static Ok<HealthStatus> GetHealth() => TypedResults.Ok(new HealthStatus("alive", null, null));

    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> GetReadyAsync(
        DatabaseHealth health, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var state = await health.CheckAsync(cancellationToken);
        if (state.IsReady)
        {
            return TypedResults.Ok(new HealthStatus("ready", state.AppliedVersion, state.ExpectedVersion));
        }

        ApiLog.ReadinessCheckFailed(loggers.CreateLogger(typeof(HealthEndpoints)), state.Failure ?? "unknown");
        var problem = new ProblemDetails
        {
            Type = Problems.ProblemMapping.TypeBase + "host.not-ready",
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Not ready",
            Detail = state.IsReachable
                ? $"The database schema is at version {state.AppliedVersion}; this build needs {state.ExpectedVersion}."
                : "The database is not reachable.",
        };
        problem.Extensions["database"] = state.IsReachable ? "reachable" : "unreachable";
        problem.Extensions["schemaVersion"] = state.AppliedVersion;
        problem.Extensions["expectedSchemaVersion"] = state.ExpectedVersion;
        return TypedResults.Problem(problem);
    }
}
