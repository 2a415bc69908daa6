using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Access;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary><c>/api/devices</c>: the device registry, and the vendor swap that keeps a Thing's Datastreams.</summary>
public static class DevicesEndpoints
{
    public static RouteGroupBuilder MapDevices(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/devices").WithTags("Ingest");
        group.MapPost("/", RegisterAsync).WithName("RegisterDevice");
        group.MapGet("/", ListAsync).WithName("ListDevices");
        group.MapPost("/{id:long}/replace", ReplaceAsync).WithName("ReplaceDevice");
        return group;
    }

    private static async Task<Results<Created<DeviceView>, ProblemHttpResult>> RegisterAsync(
        DeviceRequest request, HttpContext context, DeviceEnrolment enrolment, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "write");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var device = await enrolment.RegisterAsync(tenant.Value, request, cancellationToken);
        return device.IsSuccess
            ? TypedResults.Created("/api/devices/" + device.Value.Device.Id, ViewOf(device.Value))
            : ProblemMapping.ToProblem(device.Issues, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<DeviceView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, DeviceStore devices, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "read");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var list = await devices.ListAsync(tenant.Value, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeviceView>>([.. list.Select(device => DeviceView.Of(device))]);
    }

    private static async Task<Results<Created<DeviceView>, ProblemHttpResult>> ReplaceAsync(
        long id, DeviceRequest request, HttpContext context, DeviceEnrolment enrolment, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "write");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var device = await enrolment.ReplaceAsync(tenant.Value, id, request, cancellationToken);
        return device.IsSuccess
            ? TypedResults.Created("/api/devices/" + device.Value.Device.Id, ViewOf(device.Value))
            : ProblemMapping.ToProblem(device.Issues, context);
    }

    private static DeviceView ViewOf(ProvisionedDevice provisioned) =>
        DeviceView.Of(provisioned.Device, [.. provisioned.Datastreams.Select(datastream => datastream.Value)]);
}
