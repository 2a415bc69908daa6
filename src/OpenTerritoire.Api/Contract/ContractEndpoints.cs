using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Landing;

namespace OpenTerritoire.Api.Contract;

/// <summary>Serves <c>openapi.yaml</c>, the REST contract kept equal to the routes by a test.</summary>
public static class ContractEndpoints
{
    public const string FileName = "openapi.yaml";

    public static IServiceCollection AddContract(this IServiceCollection services)
    {
        services.AddSingleton(new LandingLink("service-desc", "/openapi.yaml", "application/yaml",
            "Contrat de l'API REST (OpenAPI 3.0)", "REST API contract (OpenAPI 3.0)"));
        services.AddSingleton(new LandingLink("status", "/health", "application/json",
            "État du processus", "Process status"));
        services.AddSingleton(new LandingLink("status", "/ready", "application/json",
            "Disponibilité (base de données à jour)", "Readiness (database up to date)"));
        return services;
    }

    public static IEndpointRouteBuilder MapContract(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/openapi.yaml", GetContract).WithName("GetContract").WithTags("Contract");
        return endpoints;
    }

    /// <summary>The contract file: next to the binaries (copied at build), else at the repository root.</summary>
    public static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(beside) ? beside : Path.Combine(Directory.GetCurrentDirectory(), FileName);
    }

    private static PhysicalFileHttpResult GetContract() =>
        TypedResults.PhysicalFile(Locate(), "application/yaml; charset=utf-8");
}
