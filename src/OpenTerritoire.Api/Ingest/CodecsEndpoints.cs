using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Api.Access;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary><c>/api/codecs</c>: register a device model's codec and mapping, refused when a vendor example fails.</summary>
public static class CodecsEndpoints
{
    public static RouteGroupBuilder MapCodecs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/codecs").WithTags("Ingest");
        group.MapPost("/", RegisterAsync).WithName("RegisterCodec");
        group.MapGet("/", ListAsync).WithName("ListCodecs");
        return group;
    }

    private static async Task<Results<Created<CodecView>, ProblemHttpResult>> RegisterAsync(
        CodecRequest request, HttpContext context, DeviceModelRegistration registration, DeviceModelStore models,
        CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "admin");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        if (string.IsNullOrWhiteSpace(request.Model) || request.Mapping is not { ValueKind: JsonValueKind.Object } mapping)
        {
            return ProblemMapping.ToProblem(
                [IngestionIssues.BadRequest("/model", "\"model\" and \"mapping\" are required", "« model » et « mapping » sont obligatoires")],
                context);
        }

        if (!CodecKindNames.TryParse(request.Kind, out var kind))
        {
            return ProblemMapping.ToProblem([IngestionIssues.UnknownCodecKind(request.Kind, string.Join(", ", CodecKindNames.All))], context);
        }

        var checkedModel = registration.Check(tenant.Value, request.Model, kind, request.Source, request.Examples, mapping);
        var stored = checkedModel.IsSuccess
            ? await models.AppendAsync(tenant.Value, checkedModel.Value, cancellationToken)
            : checkedModel;
        return stored.IsSuccess
            ? TypedResults.Created("/api/codecs", CodecView.Of(stored.Value))
            : ProblemMapping.ToProblem(stored.Issues, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<CodecView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, DeviceModelStore models, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "read");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var list = await models.ListAsync(tenant.Value, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CodecView>>([.. list.Select(CodecView.Of)]);
    }
}
