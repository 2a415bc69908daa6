using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A device to register on a Thing: the existing one named by <see cref="ThingId"/>, or a <see cref="NewThing"/>.</summary>
/// <remarks>Exactly one of <see cref="ThingId"/> and <see cref="NewThing"/> is set.</remarks>
/// <param name="At">When the device starts feeding the Thing's Datastreams (the start of its sensor periods).</param>
public sealed record DeviceRegistration(
    DevEui? DevEui,
    string? VendorDeviceId,
    string Model,
    FeedId? FeedId,
    ThingId? ThingId,
    NewThing? NewThing,
    IReadOnlyList<DatastreamPlan> Datastreams,
    DateTimeOffset At);
