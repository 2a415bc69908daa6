using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>A time series of observations of one property of one Thing, with a unit and a bound schema.</summary>
/// <param name="ObservationType">An O&amp;M observation type URI (<c>…/OM_Measurement</c>).</param>
/// <param name="Schema">The shared schema whose records feed this series, when it is fed by ingestion.</param>
public sealed record Datastream(
    DatastreamId Id,
    TenantId TenantId,
    ThingId ThingId,
    SensorId SensorId,
    ObservedPropertyId ObservedPropertyId,
    string Name,
    string Description,
    UnitOfMeasurement Unit,
    string ObservationType,
    Geometry? ObservedArea,
    SchemaBinding? Schema,
    DuplicatePolicy DuplicatePolicy,
    JsonElement? Properties,
    PublicationState Publication);
