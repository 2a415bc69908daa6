using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Adapters.Mappings;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>
/// Turns a device request into a registration: the model must be registered, and its mapping's schema gives the
/// Datastreams (one per <c>x-observedProperties</c> entry, with the schema's unit).
/// </summary>
public sealed class DeviceEnrolment(
    DeviceModelStore models, SchemaRegistry schemas, DeviceProvisioning provisioning, TimeProvider time)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public async Task<Result<ProvisionedDevice>> RegisterAsync(
        TenantId tenant, DeviceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = await RegistrationOfAsync(tenant, request, replacing: false, cancellationToken);
        return registration.IsSuccess
            ? await provisioning.RegisterAsync(tenant, registration.Value, cancellationToken)
            : Result.Failure<ProvisionedDevice>(registration.Issues);
    }

    public async Task<Result<ProvisionedDevice>> ReplaceAsync(
        TenantId tenant, long deviceId, DeviceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = await RegistrationOfAsync(tenant, request, replacing: true, cancellationToken);
        if (!registration.IsSuccess)
        {
            return Result.Failure<ProvisionedDevice>(registration.Issues);
        }

        var replaced = await provisioning.ReplaceAsync(tenant, new DeviceId(deviceId), registration.Value, cancellationToken);
        return replaced.IsSuccess || replaced.Issues[0].Kind != IssueKind.NotFound
            ? replaced
            : Result.Failure<ProvisionedDevice>(
                IngestionIssues.DeviceNotFound(deviceId.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<Result<DeviceRegistration>> RegistrationOfAsync(
        TenantId tenant, DeviceRequest request, bool replacing, CancellationToken cancellationToken)
    {
        var issues = new List<Issue>();
        DevEui? devEui = null;
        if (request.DevEui is not null)
        {
            if (DevEui.TryParse(request.DevEui, out var parsed))
            {
                devEui = parsed;
            }
            else
            {
                issues.Add(IngestionIssues.BadRequest("/devEui", "a DevEUI has 16 hexadecimal digits", "un DevEUI a 16 chiffres hexadécimaux"));
            }
        }
        else if (string.IsNullOrWhiteSpace(request.VendorDeviceId))
        {
            issues.Add(IngestionIssues.BadRequest("/devEui", "give \"devEui\" or \"vendorDeviceId\"", "indiquez « devEui » ou « vendorDeviceId »"));
        }

        FeedId? feed = null;
        if (request.FeedId is not null)
        {
            if (FeedId.TryParse(request.FeedId, out var parsedFeed))
            {
                feed = parsedFeed;
            }
            else
            {
                issues.Add(IngestionIssues.BadRequest("/feedId", "a feed id is a UUID", "un identifiant de flux est un UUID"));
            }
        }

        NewThing? thing = null;
        if (!replacing && request.ThingId is null)
        {
            thing = ThingOf(request.Thing, issues);
        }

        var plans = await PlansAsync(tenant, request.Model, issues, cancellationToken);
        if (issues.Count > 0)
        {
            return Result.Failure<DeviceRegistration>(issues);
        }

        return Result.Success(new DeviceRegistration(
            devEui, request.VendorDeviceId, request.Model!, feed, // the model was found above
            request.ThingId is { } id ? new ThingId(id) : null, thing, plans, request.At ?? time.GetUtcNow()));
    }

    private async Task<IReadOnlyList<DatastreamPlan>> PlansAsync(
        TenantId tenant, string? modelId, List<Issue> issues, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            issues.Add(IngestionIssues.BadRequest("/model", "\"model\" is required", "« model » est obligatoire"));
            return [];
        }

        var model = await models.FindAsync(tenant, modelId, cancellationToken);
        if (model is null)
        {
            issues.Add(IngestionIssues.UnknownModel("/model", modelId));
            return [];
        }

        var mapping = RecordMappingParser.Parse(model.Mapping);
        var entry = mapping.IsSuccess
            ? schemas.Find(new SchemaRef(mapping.Value.SchemaId, mapping.Value.SchemaVersion))
            : Result.Failure<SchemaEntry>(mapping.Issues);
        if (!entry.IsSuccess)
        {
            issues.AddRange(entry.Issues.Select(issue => issue with { Pointer = "/model" }));
            return [];
        }

        return entry.Value.ObservedProperties
            .Select(property => new DatastreamPlan(
                property.Name,
                property.Definition,
                new UnitOfMeasurement(property.UnitName, property.UnitSymbol, property.UnitDefinition),
                property.ObservationType,
                new SchemaBinding(entry.Value.Id, entry.Value.Version, property.Property)))
            .ToList();
    }

    private static NewThing? ThingOf(ThingRequest? request, List<Issue> issues)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Name))
        {
            issues.Add(IngestionIssues.BadRequest("/thing/name", "give \"thingId\" or a \"thing\" with a name", "indiquez « thingId » ou un « thing » avec un nom"));
            return null;
        }

        Geometry? location = null;
        if (request.Location is { ValueKind: JsonValueKind.Object } geoJson)
        {
            location = PointOf(geoJson);
            if (location is null)
            {
                issues.Add(IngestionIssues.BadRequest("/thing/location", "a GeoJSON Point [longitude, latitude] was expected", "un Point GeoJSON [longitude, latitude] était attendu"));
            }
        }

        return new NewThing(request.Name, request.Description ?? string.Empty, location);
    }

    private static Point? PointOf(JsonElement geoJson)
    {
        if (!geoJson.TryGetProperty("type", out var type) || type.GetString() != "Point"
            || !geoJson.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array
            || coordinates.GetArrayLength() < 2 || !coordinates[0].TryGetDouble(out var longitude)
            || !coordinates[1].TryGetDouble(out var latitude) || Math.Abs(longitude) > 180 || Math.Abs(latitude) > 90)
        {
            return null;
        }

        return Wgs84.CreatePoint(new Coordinate(longitude, latitude));
    }
}
