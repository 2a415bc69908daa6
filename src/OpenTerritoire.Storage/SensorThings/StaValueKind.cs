namespace OpenTerritoire.Storage.SensorThings;

/// <summary>How a SensorThings property is stored and how it appears on the wire.</summary>
public enum StaValueKind
{
    /// <summary>A string (<see cref="string"/>).</summary>
    Text,

    /// <summary>Any JSON value in a jsonb column (<see cref="System.Text.Json.JsonElement"/>).</summary>
    Json,

    /// <summary>A PostGIS geometry, GeoJSON on the wire (<see cref="NetTopologySuite.Geometries.Geometry"/>).</summary>
    Geometry,

    /// <summary>A UTC instant (<see cref="DateTimeOffset"/>).</summary>
    Instant,

    /// <summary>An instant or an interval, <c>start/end</c> on the wire (<see cref="Core.Sensing.TimeInterval"/>).</summary>
    Interval,

    /// <summary>The <c>unitOfMeasurement</c> object (<see cref="Core.Sensing.UnitOfMeasurement"/>).</summary>
    Unit,

    /// <summary>An observation result, typed (<see cref="Core.Sensing.ObservationResult"/>).</summary>
    Result,
}
