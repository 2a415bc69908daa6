using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>The instrument behind a Datastream; swapping a vendor's device changes the Sensor, never the Datastream.</summary>
/// <param name="Metadata">A link to, or the text of, the sensor's description (datasheet, SensorML).</param>
public sealed record Sensor(
    SensorId Id,
    TenantId TenantId,
    string Name,
    string Description,
    string EncodingType,
    string Metadata,
    JsonElement? Properties);
