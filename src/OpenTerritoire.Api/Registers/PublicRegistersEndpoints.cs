using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Storage.Registers;
using OpenTerritoire.Api.Protection;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The public registers, <c>/registers/{sensors|algorithms}</c>: published records only, not past their "do not
/// show after" date, as JSON, JSON-LD, CSV and (sensors) GeoJSON, with filters; one record by id.
/// </summary>
public static class PublicRegistersEndpoints
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddPublicRegisters(this IServiceCollection services) => services.AddCitizenFacing();

    public static RouteGroupBuilder MapPublicRegisters(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/registers").WithTags("Public registers").RequireRateLimiting(RateLimitPolicies.Public);
        group.MapGet("/{kind}", ListAsync).WithName("ListPublicRegister");
        group.MapGet("/{kind}/{id:long}", GetAsync).WithName("GetPublicRecord");
        group.MapGet("/lineage/{start}/{id:long}", GetLineageAsync).WithName("GetRegisterLineage");
        group.MapCitizenFacing();
        return group;
    }

    private static async Task<Results<ContentHttpResult, JsonHttpResult<List<PublicRecordView>>, ProblemHttpResult>> ListAsync(
        string kind, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var filter = PublicRegisterQuery.Parse(context.Request.Query);
        if (!RegisterKindNames.TryParsePathSegment(kind, out var registerKind))
        {
            return ProblemMapping.ToProblem([RegisterIssues.RecordNotFound(kind)], context);
        }

        if (!filter.IsSuccess)
        {
            return ProblemMapping.ToProblem(filter.Issues, context);
        }

        var today = RegistersEndpoints.Today(time);
        var baseUrl = PublicUrls.Base(context.Request);
        var records = await register.ListAsync(registerKind, filter.Value, today, cancellationToken);
        var views = records.Select(record => PublicRecordView.From(record, schemas, baseUrl, today)).ToList();
        return Format(context) switch
        {
            "csv" => TypedResults.Content(RegisterCsv.Write(registerKind, views), "text/csv; charset=utf-8"),
            "jsonld" => TypedResults.Content(
                RegisterJsonLd.Register(registerKind, PublicUrls.Register(baseUrl, registerKind), views).ToJsonString(),
                "application/ld+json; charset=utf-8"),
            "geojson" when registerKind == RegisterKind.Sensor => TypedResults.Content(
                RegisterGeoJson.Write(views).ToJsonString(), "application/geo+json; charset=utf-8"),
            _ => TypedResults.Json(views, Web),
        };
    }

    private static async Task<Results<ContentHttpResult, JsonHttpResult<PublicRecordView>, ProblemHttpResult>> GetAsync(
        string kind, long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(kind, id, context, register, schemas, time, cancellationToken);
        if (found.Result is { } problem)
        {
            // found.View is set whenever there is no problem.
            return problem;
        }

        return Format(context) == "jsonld"
            ? TypedResults.Content(RegisterJsonLd.Standalone(found.View!).ToJsonString(), "application/ld+json; charset=utf-8")
            : TypedResults.Json(found.View!, Web);
    }

    private static async Task<Results<Ok<RegisterLineage>, ProblemHttpResult>> GetLineageAsync(
        string start, long id, HttpContext context, PublishedLineage lineage, TimeProvider time,
        CancellationToken cancellationToken)
    {
        LineageStart? from = start switch
        {
            "observations" => LineageStart.Observation,
            "datastreams" => LineageStart.Datastream,
            "datasets" => LineageStart.Dataset,
            _ => null,
        };
        var found = from is { } known
            ? await lineage.FindAsync(known, id, RegistersEndpoints.Today(time), cancellationToken)
            : null;
        return found is null
            ? ProblemMapping.ToProblem([RegisterIssues.RecordNotFound($"{start}/{id}")], context)
            : TypedResults.Ok(found);
    }

    /// <summary>A public record, or the 404 problem to answer.</summary>
    internal static async Task<(PublicRecordView? View, ProblemHttpResult? Result)> FindAsync(
        string kind, long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var today = RegistersEndpoints.Today(time);
        var found = RegisterKindNames.TryParsePathSegment(kind, out var registerKind)
            ? await register.FindAsync(registerKind, new RegisterRecordId(id), today, cancellationToken)
            : null;
        return found is null
            ? (null, ProblemMapping.ToProblem([RegisterIssues.RecordNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture))], context))
            : (PublicRecordView.From(found, schemas, PublicUrls.Base(context.Request), today), null);
    }

    private static string Format(HttpContext context)
    {
        var format = context.Request.Query["format"].ToString();
        if (format is "json" or "jsonld" or "csv" or "geojson")
        {
            return format;
        }

        var accept = context.Request.Headers.Accept.ToString();
        return accept.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase) ? "jsonld"
            : accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
            : accept.Contains("application/geo+json", StringComparison.OrdinalIgnoreCase) ? "geojson"
            : "json";
    }
}
