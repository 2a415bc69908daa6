using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>One value of a Datastream at a phenomenon time: the canonical unit of sensor data.</summary>
public sealed record Observation(
    ObservationId Id,
    TenantId TenantId,
    DatastreamId DatastreamId,
    FeatureOfInterestId? FeatureOfInterestId,
    TimeInterval PhenomenonTime,
    DateTimeOffset? ResultTime,
    TimeInterval? ValidTime,
    ObservationResult Result,
    JsonElement? ResultQuality,
    JsonElement? Parameters);
