using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// POST, PATCH, PUT and DELETE on SensorThings resources (STA 18-088 §10): creates with links and deep insert,
/// updates, deletes with the standard's cascades. Every write needs a caller of a tenant with the write right.
/// </summary>
public static class StaWriteEndpoints
{
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> CreateAsync(
        string path, HttpContext context, StaEntityWriter writer, StaEntityReader reader,
        IOptions<SensorThingsSettings> settings, CancellationToken cancellationToken)
    {
        var target = await ReadTargetAsync(path, context, single: false, cancellationToken);
        if (!target.IsSuccess)
        {
            return ProblemMapping.ToProblem(target.Issues, context);
        }

        var (tenant, resource, draft) = target.Value;
        var created = await writer.CreateAsync(tenant, resource.Segments, draft, cancellationToken);
        if (!created.IsSuccess)
        {
            return ProblemMapping.ToProblem(created.Issues, context);
        }

        var links = StaLinks.From(context.Request);
        var type = resource.Target.Type;
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.Headers.Location = links.Entity(type, created.Value);
        return await RenderEntityAsync(context, reader, settings, tenant, type, created.Value, cancellationToken);
    }

    /// <summary>PATCH: a merge of the properties given, or a JSON Patch document (<c>application/json-patch+json</c>).</summary>
    internal static Task<Results<ContentHttpResult, ProblemHttpResult>> UpdateAsync(
        string path, HttpContext context, StaEntityWriter writer, StaEntityReader reader,
        IOptions<SensorThingsSettings> settings, CancellationToken cancellationToken) =>
        string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), StaJsonPatch.MediaType, StringComparison.OrdinalIgnoreCase)
            ? ApplyJsonPatchAsync(path, context, writer, reader, settings, cancellationToken)
            : ChangeAsync(path, context, writer, reader, settings, replace: false, cancellationToken);

    internal static Task<Results<ContentHttpResult, ProblemHttpResult>> ReplaceAsync(
        string path, HttpContext context, StaEntityWriter writer, StaEntityReader reader,
        IOptions<SensorThingsSettings> settings, CancellationToken cancellationToken) =>
        ChangeAsync(path, context, writer, reader, settings, replace: true, cancellationToken);

    internal static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(
        string path, HttpContext context, StaEntityWriter writer, CancellationToken cancellationToken)
    {
        var target = WriteTarget(path, context, single: true);
        if (!target.IsSuccess)
        {
            return ProblemMapping.ToProblem(target.Issues, context);
        }

        var (tenant, resource) = target.Value;
        var deleted = await writer.DeleteAsync(tenant, resource.Target.Type, resource.Target.Key!.Value, cancellationToken);
        return deleted
            ? TypedResults.Ok()
            : ProblemMapping.ToProblem([SensorThingsIssues.EntityNotFound("/")], context);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ChangeAsync(
        string path, HttpContext context, StaEntityWriter writer, StaEntityReader reader,
        IOptions<SensorThingsSettings> settings, bool replace, CancellationToken cancellationToken)
    {
        var target = await ReadTargetAsync(path, context, single: true, cancellationToken);
        if (!target.IsSuccess)
        {
            return ProblemMapping.ToProblem(target.Issues, context);
        }

        var (tenant, resource, draft) = target.Value;
        var type = resource.Target.Type;
        var updated = await writer.UpdateAsync(
            tenant, type, resource.Target.Key!.Value, draft, replace, cancellationToken);
        if (!updated.IsSuccess)
        {
            return ProblemMapping.ToProblem(updated.Issues, context);
        }

        return await RenderEntityAsync(context, reader, settings, tenant, type, updated.Value, cancellationToken);
    }

    // The patch applies to the entity's writable properties as now stored; the result replaces them (PUT semantics).
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ApplyJsonPatchAsync(
        string path, HttpContext context, StaEntityWriter writer, StaEntityReader reader,
        IOptions<SensorThingsSettings> settings, CancellationToken cancellationToken)
    {
        var target = WriteTarget(path, context, single: true);
        if (!target.IsSuccess)
        {
            return ProblemMapping.ToProblem(target.Issues, context);
        }

        var (tenant, resource) = target.Value;
        var type = resource.Target.Type;
        var id = resource.Target.Key!.Value;
        var current = await reader.ReadAsync(
            tenant, EntityPath(type, id), QueryOptions.Default, settings.Value.ToPaging(), cancellationToken);
        if (!current.IsSuccess)
        {
            return ProblemMapping.ToProblem(current.Issues, context);
        }

        var patch = await StaBodyReader.ReadJsonAsync(context.Request, cancellationToken);
        var draft = patch
            .Bind(document => StaJsonPatch.Apply(WritableDocument(current.Value.Entities[0], type), document))
            .Bind(patched => StaBodyReader.Read(type, JsonSerializer.SerializeToElement(patched)));
        if (!draft.IsSuccess)
        {
            return ProblemMapping.ToProblem(draft.Issues, context);
        }

        var updated = await writer.UpdateAsync(tenant, type, id, draft.Value, replace: true, cancellationToken);
        if (!updated.IsSuccess)
        {
            return ProblemMapping.ToProblem(updated.Issues, context);
        }

        return await RenderEntityAsync(context, reader, settings, tenant, type, id, cancellationToken);
    }

    private static JsonObject WritableDocument(StaEntity entity, StaEntityType type)
    {
        var document = new JsonObject();
        foreach (var property in type.Properties.Where(property => property.IsWritable))
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                StaJsonWriter.WriteValue(json, property.Kind, entity.Values.GetValueOrDefault(property.Name));
            }

            document[property.Name] = JsonNode.Parse(buffer.ToArray());
        }

        return document;
    }

    private static StaResourcePath EntityPath(StaEntityType type, long id) =>
        new([new StaPathSegment(type, null, id)], null, false, false);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RenderEntityAsync(
        HttpContext context, StaEntityReader reader, IOptions<SensorThingsSettings> settings, TenantId tenant,
        StaEntityType type, long id, CancellationToken cancellationToken)
    {
        var page = await reader.ReadAsync(tenant, EntityPath(type, id), QueryOptions.Default, settings.Value.ToPaging(), cancellationToken);
        if (!page.IsSuccess)
        {
            return ProblemMapping.ToProblem(page.Issues, context);
        }

        var links = StaLinks.From(context.Request);
        return SensorThingsEndpoints.Json(json => StaJsonWriter.WriteEntity(json, page.Value.Entities[0], page.Value.Plan, links));
    }

    private static async Task<Result<(TenantId Tenant, StaResourcePath Resource, StaDraft Draft)>> ReadTargetAsync(
        string path, HttpContext context, bool single, CancellationToken cancellationToken)
    {
        var target = WriteTarget(path, context, single);
        if (!target.IsSuccess)
        {
            return Result.Failure<(TenantId, StaResourcePath, StaDraft)>(target.Issues);
        }

        var body = await StaBodyReader.ReadJsonAsync(context.Request, cancellationToken);
        var draft = body.Bind(json => StaBodyReader.Read(target.Value.Resource.Target.Type, json));
        return draft.Map(value => (target.Value.Tenant, target.Value.Resource, value));
    }

    /// <summary>
    /// The caller's tenant and the path written to: an entity by its own URL, <c>Things(1)</c> (PATCH, PUT, DELETE),
    /// or a collection (POST).
    /// </summary>
    private static Result<(TenantId Tenant, StaResourcePath Resource)> WriteTarget(
        string path, HttpContext context, bool single)
    {
        var caller = StaCaller.FromPrincipal(context.User);
        if (caller.Tenant is not { } tenant)
        {
            return Result.Failure<(TenantId, StaResourcePath)>(SensorThingsIssues.AuthenticationRequired());
        }

        if (!caller.CanWrite)
        {
            return Result.Failure<(TenantId, StaResourcePath)>(SensorThingsIssues.WriteNotAllowed());
        }

        var resource = StaResourcePathParser.Parse(path);
        if (!resource.IsSuccess)
        {
            return Result.Failure<(TenantId, StaResourcePath)>(resource.Issues);
        }

        var value = resource.Value;
        var fits = value.Property is null && !value.Reference
            && (single ? value.Segments.Count == 1 && value.Target.Key is not null : !value.IsSingle);
        return fits
            ? Result.Success((tenant, value))
            : Result.Failure<(TenantId, StaResourcePath)>(
                SensorThingsIssues.MethodNotApplicable("/", context.Request.Method));
    }
}
