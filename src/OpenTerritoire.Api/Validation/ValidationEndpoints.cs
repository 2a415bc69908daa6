using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Api.Validation;

/// <summary>
/// <c>POST /api/validate?schema=…</c>: validates JSON, JSON Lines, CSV or a multipart file against a shared schema and
/// answers the conformance report (JSON, or HTML for browsers). Streams the body, so large files stay in bounded memory.
/// </summary>
public static class ValidationEndpoints
{
    /// <summary>Validation reads files far larger than other requests; the report is built while reading.</summary>
    public const long MaxBodyBytes = 2L * 1024 * 1024 * 1024;

    public static IServiceCollection AddValidationFace(this IServiceCollection services)
    {
        services.AddSingleton(new LandingLink("validation", "/api/validate", "application/json",
            "Valider un fichier ou un flux contre un schéma (POST)", "Validate a file or feed against a schema (POST)"));
        return services;
    }

    public static RouteGroupBuilder MapValidation(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/validate").WithTags("Validation").RequireRateLimiting(RateLimitPolicies.Public);
        group.MapPost("/", ValidateAsync)
            .WithName("Validate")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .DisableAntiforgery();
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ValidateAsync(
        HttpContext context, SchemaRegistry registry, DocumentValidator validator, string? schema,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            var available = string.Join(", ", registry.List().Select(summary => summary.Id));
            return ProblemMapping.ToProblem([ValidationFaceIssues.MissingSchema(available)], context);
        }

        var reference = SchemaRef.Parse(schema);
        var found = registry.Find(reference);
        if (!found.IsSuccess)
        {
            return ProblemMapping.ToProblem(found.Issues.Select(ValidationFaceIssues.AsBadRequest).ToList(), context);
        }

        var input = await OpenInputAsync(context.Request, cancellationToken);
        if (!input.IsSuccess)
        {
            return ProblemMapping.ToProblem(input.Issues, context);
        }

        var (content, mediaType) = input.Value;
        var report = await validator.ValidateAsync(reference, content, mediaType, cancellationToken);
        return WantsHtml(context.Request)
            ? TypedResults.Content(HtmlReportRenderer.Render(report, ProblemMapping.Language(context)), "text/html; charset=utf-8")
            : TypedResults.Content(ValidationReportJson.Serialize(report), "application/json; charset=utf-8");
    }

    private static async Task<Core.Result<(Stream Content, MediaType MediaType)>> OpenInputAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (MediaTypeHeaderValue.TryParse(contentType, out var header)
            && header.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(header.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return Core.Result.Failure<(Stream, MediaType)>(ValidationFaceIssues.MissingFile());
            }

            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition())
                {
                    continue;
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
                var fileType = MediaType.Parse(section.ContentType) ?? MediaType.Parse(Path.GetExtension(fileName));
                return fileType is { } known
                    ? Core.Result.Success((section.Body, known))
                    : Core.Result.Failure<(Stream, MediaType)>(ValidationFaceIssues.UnsupportedMediaType(section.ContentType ?? fileName));
            }

            return Core.Result.Failure<(Stream, MediaType)>(ValidationFaceIssues.MissingFile());
        }

        return MediaType.Parse(contentType) is { } mediaType
            ? Core.Result.Success((request.Body, mediaType))
            : Core.Result.Failure<(Stream, MediaType)>(ValidationFaceIssues.UnsupportedMediaType(contentType));
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
