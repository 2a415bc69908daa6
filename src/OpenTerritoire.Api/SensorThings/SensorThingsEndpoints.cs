using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Storage.SensorThings;
using OpenTerritoire.Api.Protection;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// The OGC SensorThings API v1.1 face at <c>/sta/v1.1</c> (OGC 18-088): the service root, then every resource path
/// (<c>Things(1)/Datastreams</c>, <c>…/name/$value</c>, <c>…/$ref</c>) read by <see cref="StaReadEndpoints"/> and
/// written by <see cref="StaWriteEndpoints"/>.
/// </summary>
public static class SensorThingsEndpoints
{
    public const string Prefix = "/sta/v1.1";

    /// <summary>
    /// The conformance classes served, exactly (STA 18-088 §9.2.1); batch, MultiDatastream, dataArray and MQTT are
    /// not served.
    /// </summary>
    public static IReadOnlyList<string> Conformance { get; } =
    [
        "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete",
    ];

    public static IServiceCollection AddSensorThings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SensorThingsSettings>(configuration.GetSection(SensorThingsSettings.SectionName));
        services.AddSingleton(new LandingLink("sensorthings", Prefix, "application/json",
            "API OGC SensorThings 1.1 (capteurs et observations)", "OGC SensorThings API 1.1 (sensors and observations)"));
        return services;
    }

    public static RouteGroupBuilder MapSensorThings(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("SensorThings").RequireRateLimiting(RateLimitPolicies.Public);
        group.MapGet("", GetServiceRoot).WithName("GetStaServiceRoot");
        group.MapGet("{**path}", StaReadEndpoints.GetResourceAsync).WithName("GetStaResource");
        group.MapPost("{**path}", StaWriteEndpoints.CreateAsync).WithName("CreateStaEntity");
        group.MapPatch("{**path}", StaWriteEndpoints.UpdateAsync).WithName("UpdateStaEntity");
        group.MapPut("{**path}", StaWriteEndpoints.ReplaceAsync).WithName("ReplaceStaEntity");
        group.MapDelete("{**path}", StaWriteEndpoints.DeleteAsync).WithName("DeleteStaEntity");
        return group;
    }

    /// <summary>Serialises with a writer into a JSON response.</summary>
    internal static ContentHttpResult Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return TypedResults.Content(Encoding.UTF8.GetString(buffer.ToArray()), "application/json; charset=utf-8");
    }

    private static ContentHttpResult GetServiceRoot(HttpContext context)
    {
        var links = StaLinks.From(context.Request);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("value");
            foreach (var type in StaEntityTypes.All)
            {
                writer.WriteStartObject();
                writer.WriteString("name", type.SetName);
                writer.WriteString("url", links.Path(type.SetName));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("serverSettings");
            writer.WriteStartArray("conformance");
            foreach (var uri in Conformance)
            {
                writer.WriteStringValue(uri);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
