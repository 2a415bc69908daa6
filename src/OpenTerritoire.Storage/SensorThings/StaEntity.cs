namespace OpenTerritoire.Storage.SensorThings;

/// <summary>One entity read: its id, the values of the planned properties, and its expansions.</summary>
/// <param name="Values">
/// By wire name: <see cref="string"/>, <see cref="System.Text.Json.JsonElement"/>, a NetTopologySuite geometry,
/// <see cref="DateTimeOffset"/>, <see cref="Core.Sensing.TimeInterval"/>, <see cref="Core.Sensing.UnitOfMeasurement"/>,
/// <see cref="Core.Sensing.ObservationResult"/>, or null.
/// </param>
public sealed record StaEntity(
    long Id, IReadOnlyDictionary<string, object?> Values, IReadOnlyList<StaExpansion> Expansions);
