using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Api.Schemas;

/// <summary>The shared schemas: <c>/schemas</c> (list), <c>/schemas/{id}</c> (versions), the documents themselves.</summary>
public static class SchemasEndpoints
{
    public static IServiceCollection AddSchemasFace(this IServiceCollection services)
    {
        services.AddSingleton(new LandingLink("schemas", "/schemas", "application/json",
            "Schémas partagés (observations, registres, fichiers des délégataires)",
            "Shared schemas (observations, registers, operator files)"));
        return services;
    }

    public static RouteGroupBuilder MapSchemas(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/schemas").WithTags("Schemas").RequireRateLimiting(RateLimitPolicies.Public);
        group.MapGet("/", ListSchemas).WithName("ListSchemas");
        group.MapGet("/{id}", GetSchema).WithName("GetSchema");
        group.MapGet("/{id}/{version}", GetSchemaDocument).WithName("GetSchemaDocument");
        return group;
    }

    private static Ok<SchemaList> ListSchemas(SchemaRegistry registry, HttpContext context) =>
        TypedResults.Ok(new SchemaList(registry.List().Select(summary => SchemaListItem.From(summary, BaseUrl(context))).ToList()));

    private static Results<Ok<SchemaListItem>, ProblemHttpResult> GetSchema(string id, SchemaRegistry registry, HttpContext context)
    {
        var found = registry.List().FirstOrDefault(summary => string.Equals(summary.Id, id, StringComparison.Ordinal));
        return found is null
            ? ProblemMapping.ToProblem(AsNotFound(registry.Find(SchemaRef.Latest(id)).Issues), context)
            : TypedResults.Ok(SchemaListItem.From(found, BaseUrl(context)));
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> GetSchemaDocument(
        string id, string version, SchemaRegistry registry, HttpContext context)
    {
        var reference = string.Equals(version, SchemaRef.LatestWord, StringComparison.Ordinal)
            ? SchemaRef.Latest(id)
            : new SchemaRef(id, version);
        var found = registry.Find(reference);
        if (!found.IsSuccess)
        {
            return ProblemMapping.ToProblem(AsNotFound(found.Issues), context);
        }

        var entry = found.Value;
        if (entry.SourcePath is null)
        {
            return ProblemMapping.ToProblem([SchemaFaceIssues.NotPublished(entry.Key)], context);
        }

        // Published versions never change; "latest" moves, so only exact versions are cached for long.
        context.Response.Headers.CacheControl = reference.Version is null ? "public, max-age=300" : "public, max-age=86400, immutable";
        var mediaType = entry.Kind == SchemaKind.TableSchema ? "application/json" : "application/schema+json";
        return TypedResults.PhysicalFile(entry.SourcePath, mediaType);
    }

    private static List<Core.Issue> AsNotFound(IEnumerable<Core.Issue> issues) =>
        issues.Select(issue => issue with { Kind = Core.IssueKind.NotFound }).ToList();

    private static string BaseUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
