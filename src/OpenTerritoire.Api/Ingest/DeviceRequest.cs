namespace OpenTerritoire.Api.Ingest;

/// <summary>A device to register: DevEUI or vendor id, its model, and an existing Thing or one to create.</summary>
/// <param name="At">When it starts feeding the Thing (now when absent).</param>
public sealed record DeviceRequest(
    string? DevEui, string? VendorDeviceId, string? Model, string? FeedId, long? ThingId, ThingRequest? Thing,
    DateTimeOffset? At);
