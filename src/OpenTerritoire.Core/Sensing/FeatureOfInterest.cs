using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>The feature an observation is about; by default the Thing's location at the time.</summary>
public sealed record FeatureOfInterest(
    FeatureOfInterestId Id,
    TenantId TenantId,
    string Name,
    string Description,
    string EncodingType,
    Geometry Feature,
    JsonElement? Properties);
