using System.Text.Json;

namespace OpenTerritoire.Core.Sensing;

/// <summary>An observation not yet stored: everything but the id, which the database assigns.</summary>
public sealed record NewObservation(
    DatastreamId DatastreamId,
    FeatureOfInterestId? FeatureOfInterestId,
    TimeInterval PhenomenonTime,
    DateTimeOffset? ResultTime,
    TimeInterval? ValidTime,
    ObservationResult Result,
    JsonElement? ResultQuality = null,
    JsonElement? Parameters = null);
