using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Where a Thing is, as a WGS 84 geometry (GeoJSON on the wire).</summary>
public sealed record Location(
    LocationId Id,
    TenantId TenantId,
    string Name,
    string Description,
    string EncodingType,
    Geometry Geometry,
    JsonElement? Properties);
