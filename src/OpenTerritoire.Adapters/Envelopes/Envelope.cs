using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>One unwrapped message: uplinks to decode, a network event to archive, or records of named fields.</summary>
/// <remarks>
/// Exactly one of <see cref="Uplinks"/>, <see cref="Event"/> and <see cref="Records"/> carries content.
/// </remarks>
/// <param name="NaturalKey">The carrier's own message id, or device + frame counter + time, for deduplication.</param>
public sealed record Envelope(
    FeedKind Format,
    NetworkEventKind Kind,
    string NaturalKey,
    IReadOnlyList<Uplink> Uplinks,
    NetworkEvent? Event,
    IReadOnlyList<VendorRecord> Records)
{
    /// <summary>An envelope holding one uplink.</summary>
    public static Envelope FromUplink(FeedKind format, string naturalKey, Uplink uplink) =>
        new(format, NetworkEventKind.Uplink, naturalKey, [uplink], null, []);

    /// <summary>An envelope holding one event other than an uplink, archived as is.</summary>
    public static Envelope FromEvent(FeedKind format, string naturalKey, NetworkEvent networkEvent) =>
        new(format, networkEvent.Kind, naturalKey, [], networkEvent, []);

    /// <summary>An envelope holding records read from generic vendor JSON.</summary>
    public static Envelope FromRecords(string naturalKey, IReadOnlyList<VendorRecord> records) =>
        new(FeedKind.Json, NetworkEventKind.Records, naturalKey, [], null, records);

    /// <summary>True when the message carries data to decode or map, false when it is only archived.</summary>
    public bool CarriesData => Uplinks.Count > 0 || Records.Count > 0;
}
