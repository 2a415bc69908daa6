using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>Which Sensor (and device) fed a Datastream over [ValidFrom, ValidTo); ValidTo is null while it still does.</summary>
public sealed record SensorPeriod(
    DatastreamId DatastreamId, SensorId SensorId, DeviceId? DeviceId, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo);
