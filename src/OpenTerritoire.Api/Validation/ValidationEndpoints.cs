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
using OpenTerritoire.Schemas.Rules;

namespace OpenTerritoire.Api.Validation;

/// <summary>
/// <c>POST /api/validate?schema=…</c>: validates JSON, JSON Lines, CSV or a multipart file against a shared schema and
/// answers the conformance report (JSON, or HTML for browsers). Streams the body, so large files stay in bounded memory.
/// </summary>
public static class ValidationEndpoints
{
    /// <summary>Validation reads files far larger than other requests; the report is built while reading.</summary>
    public const long MaxBodyBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>A schema sent with the file (multipart part <c>schema</c>) is at most this large.</summary>
    public const int MaxSchemaBytes = 4 * 1024 * 1024;

    // The id under which a schema sent with the file is loaded for that request only.
    private const string ExternalSchemaId = "external-schema";

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
        HttpContext context, SchemaRegistry registry, DocumentValidator validator, ObservationRules rules, string? schema,
        CancellationToken cancellationToken)
    {
        var input = await OpenInputAsync(context.Request, cancellationToken);
        if (!input.IsSuccess)
        {
            return ProblemMapping.ToProblem(input.Issues, context);
        }

        var (content, mediaType, schemaDocument) = input.Value;
        SchemaRef reference;
        if (schemaDocument is not null)
        {
            // A schema brought by the caller (a national Table Schema, a vendor's JSON Schema) is loaded for this
            // request only, beside the shared ones so that it may reference them.
            var local = SchemaRegistry.Load(registry.Directory);
            var imported = local.Import(ExternalSchemaId, "1.0.0", schemaDocument);
            if (!imported.IsSuccess)
            {
                return ProblemMapping.ToProblem(imported.Issues.Select(ValidationFaceIssues.AsBadSchemaDocument).ToList(), context);
            }

            validator = new DocumentValidator(local, rules);
            reference = new SchemaRef(ExternalSchemaId, "1.0.0");
        }
        else if (string.IsNullOrWhiteSpace(schema))
        {
            var available = string.Join(", ", registry.List().Select(summary => summary.Id));
            return ProblemMapping.ToProblem([ValidationFaceIssues.MissingSchema(available)], context);
        }
        else
        {
            reference = SchemaRef.Parse(schema);
            var found = registry.Find(reference);
            if (!found.IsSuccess)
            {
                return ProblemMapping.ToProblem(found.Issues.Select(ValidationFaceIssues.AsBadRequest).ToList(), context);
            }
        }

        var report = await validator.ValidateAsync(reference, content, mediaType, cancellationToken);
        return WantsHtml(context.Request)
            ? TypedResults.Content(HtmlReportRenderer.Render(report, ProblemMapping.Language(context)), "text/html; charset=utf-8")
            : TypedResults.Content(ValidationReportJson.Serialize(report), "application/json; charset=utf-8");
    }

    private static async Task<Core.Result<ValidationInput>> OpenInputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (MediaTypeHeaderValue.TryParse(contentType, out var header)
            && header.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(header.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return Core.Result.Failure<ValidationInput>(ValidationFaceIssues.MissingFile());
            }

            string? schemaDocument = null;
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (string.Equals(name, "schema", StringComparison.Ordinal))
                {
                    schemaDocument = await ReadSchemaAsync(section.Body, cancellationToken);
                    if (schemaDocument is null)
                    {
                        return Core.Result.Failure<ValidationInput>(ValidationFaceIssues.SchemaTooLarge(MaxSchemaBytes));
                    }

                    continue;
                }

                if (!disposition.IsFileDisposition())
                {
                    continue;
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
                var fileType = MediaType.Parse(section.ContentType) ?? MediaType.Parse(Path.GetExtension(fileName));
                return fileType is { } known
                    ? Core.Result.Success(new ValidationInput(section.Body, known, schemaDocument))
                    : Core.Result.Failure<ValidationInput>(ValidationFaceIssues.UnsupportedMediaType(section.ContentType ?? fileName));
            }

            return Core.Result.Failure<ValidationInput>(ValidationFaceIssues.MissingFile());
        }

        return MediaType.Parse(contentType) is { } mediaType
            ? Core.Result.Success(new ValidationInput(request.Body, mediaType, null))
            : Core.Result.Failure<ValidationInput>(ValidationFaceIssues.UnsupportedMediaType(contentType));
    }

    /// <summary>The schema part as text, or null when it is larger than a schema has any reason to be.</summary>
    private static async Task<string?> ReadSchemaAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxSchemaBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
