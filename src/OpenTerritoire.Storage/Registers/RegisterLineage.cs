namespace OpenTerritoire.Storage.Registers;

/// <summary>
/// The public chain around a piece of data: sensor records → devices (Things and Sensors) → Datastreams → Datasets →
/// algorithms that use any of them. Only public entities appear.
/// </summary>
public sealed record RegisterLineage(
    IReadOnlyList<LineageRecord> SensorRecords,
    IReadOnlyList<long> Things,
    IReadOnlyList<long> Sensors,
    IReadOnlyList<long> Datastreams,
    IReadOnlyList<long> Datasets,
    IReadOnlyList<LineageRecord> Algorithms);
