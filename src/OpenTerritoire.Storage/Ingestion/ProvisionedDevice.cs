using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A registered device with the Thing, Sensor and Datastreams it feeds.</summary>
public sealed record ProvisionedDevice(Device Device, IReadOnlyList<DatastreamId> Datastreams);
