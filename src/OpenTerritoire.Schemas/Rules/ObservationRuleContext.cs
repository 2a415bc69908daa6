using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Rules;

/// <summary>One record the schema accepted, with what the rules need to know beyond the record itself.</summary>
/// <param name="Record">The record; rules read it, they never change it.</param>
public sealed record ObservationRuleContext(SchemaEntry Schema, JsonElement Record)
{
    /// <summary>The last accepted value of each cumulative index property (<c>index</c>, <c>gasIndex</c>...), when known.</summary>
    public IReadOnlyDictionary<string, double> PreviousIndexes { get; init; } = new Dictionary<string, double>();

    /// <summary>The tenant's territory (WGS 84 longitude/latitude), when known.</summary>
    public Geometry? TenantArea { get; init; }
}
