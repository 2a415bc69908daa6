using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Reads ChirpStack v4 HTTP integration events (JSON marshaller); the type comes from <c>?event=</c>.
/// </summary>
/// <remarks>
/// Field names follow the ChirpStack v4 <c>integration</c> protobuf messages in their JSON form (camelCase); zero and
/// false values are omitted, so an absent <c>fPort</c>, <c>fCnt</c> or <c>margin</c> is 0.
/// </remarks>
public sealed class ChirpStackV4EnvelopeReader : IEnvelopeReader
{
    private const string EventPointer = "query:event";

    private static readonly Dictionary<string, NetworkEventKind> Events = new(StringComparer.Ordinal)
    {
        ["up"] = NetworkEventKind.Uplink,
        ["join"] = NetworkEventKind.Join,
        ["status"] = NetworkEventKind.Status,
        ["ack"] = NetworkEventKind.Ack,
        ["txack"] = NetworkEventKind.TxAck,
        ["log"] = NetworkEventKind.Log,
        ["location"] = NetworkEventKind.Location,
        ["integration"] = NetworkEventKind.Integration,
    };

    private static readonly string KnownEvents = string.Join(", ", Events.Keys);

    public FeedKind Kind => FeedKind.ChirpStackV4;

    public Result<Envelope> Read(ReadOnlyMemory<byte> body, string? contentType, EnvelopeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var eventType = context.EventType ?? string.Empty;
        if (!Events.TryGetValue(eventType, out var kind))
        {
            return Result.Failure<Envelope>(EnvelopeIssues.UnknownEvent(EventPointer, eventType, KnownEvents));
        }

        var parsed = EnvelopeJson.ParseBody(body, contentType);
        if (!parsed.IsSuccess)
        {
            return Result.Failure<Envelope>(parsed.Issues);
        }

        using var document = parsed.Value;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<Envelope>(
                EnvelopeIssues.WrongType(string.Empty, "an object", EnvelopeJson.KindName(root.ValueKind)));
        }

        return kind == NetworkEventKind.Uplink
            ? ReadUplink(root, context)
            : ReadEvent(root, eventType, kind, context);
    }

    private static Result<Envelope> ReadUplink(JsonElement root, EnvelopeContext context)
    {
        var fields = new EnvelopeFields();
        var (devEui, deviceName) = ReadDevice(root, fields, devEuiRequired: true);
        var fPort = fields.SmallInteger(root, "fPort", "/fPort");
        if (fPort is < 0 or > 255)
        {
            fields.Add(EnvelopeIssues.WrongType(
                "/fPort",
                "an integer from 0 to 255",
                fPort.ToString(CultureInfo.InvariantCulture)));
        }

        var frameCounter = fields.Integer(root, "fCnt", "/fCnt");
        var payload = fields.Base64(root, "data", "/data");
        var decoded = fields.Object(root, "object", "/object");
        var time = fields.Time(root, "time", "/time") ?? context.ReceivedAt;
        var deduplicationId = fields.String(root, "deduplicationId", "/deduplicationId");
        var radio = ReadRadio(root, fields);
        if (fields.HasErrors || devEui is not { } eui)
        {
            return Result.Failure<Envelope>(fields.Issues);
        }

        var naturalKey = deduplicationId
            ?? string.Create(CultureInfo.InvariantCulture, $"chirpstack-v4:up:{eui}:{frameCounter}:{Stamp(time)}");
        var uplink = new Uplink(eui, deviceName, fPort, frameCounter, payload, time, decoded?.Clone(), radio);
        return Result.Success(Envelope.FromUplink(FeedKind.ChirpStackV4, naturalKey, uplink));
    }

    private static Result<Envelope> ReadEvent(
        JsonElement root,
        string eventType,
        NetworkEventKind kind,
        EnvelopeContext context)
    {
        var fields = new EnvelopeFields();
        var (devEui, deviceName) = ReadDevice(root, fields, devEuiRequired: false);
        var time = fields.Time(root, "time", "/time") ?? context.ReceivedAt;
        double? batteryLevel = null;
        int? margin = null;
        bool? externalPower = null;
        if (kind == NetworkEventKind.Status)
        {
            margin = fields.SmallInteger(root, "margin", "/margin");
            externalPower = fields.Boolean(root, "externalPowerSource", "/externalPowerSource");
            var unavailable = fields.Boolean(root, "batteryLevelUnavailable", "/batteryLevelUnavailable");
            var level = fields.Number(root, "batteryLevel", "/batteryLevel") ?? 0d;
            batteryLevel = unavailable || externalPower == true ? null : level;
        }

        // txack has no deduplication id; its downlink id is a number (uint32 in the protobuf message).
        var id = fields.String(root, "deduplicationId", "/deduplicationId")
            ?? (root.TryGetProperty("downlinkId", out _)
                ? fields.Integer(root, "downlinkId", "/downlinkId").ToString(CultureInfo.InvariantCulture)
                : null)
            ?? fields.String(root, "queueItemId", "/queueItemId");
        if (fields.HasErrors)
        {
            return Result.Failure<Envelope>(fields.Issues);
        }

        var naturalKey = id is null
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"chirpstack-v4:{eventType}:{devEui?.ToString() ?? deviceName}:{Stamp(time)}")
            : string.Concat(eventType, ":", id);
        var networkEvent = new NetworkEvent(
            kind,
            eventType,
            devEui,
            deviceName,
            time,
            batteryLevel,
            margin,
            externalPower,
            root.Clone());
        return Result.Success(Envelope.FromEvent(FeedKind.ChirpStackV4, naturalKey, networkEvent));
    }

    private static (DevEui? DevEui, string? DeviceName) ReadDevice(
        JsonElement root,
        EnvelopeFields fields,
        bool devEuiRequired)
    {
        if (fields.Object(root, "deviceInfo", "/deviceInfo", required: true) is not { } device)
        {
            return (null, null);
        }

        var devEui = fields.DevEui(device, "devEui", "/deviceInfo/devEui", devEuiRequired);
        var name = fields.String(device, "deviceName", "/deviceInfo/deviceName");
        return (devEui, name);
    }

    private static RadioMetadata ReadRadio(JsonElement root, EnvelopeFields fields)
    {
        int? bestRssi = null;
        double? bestSnr = null;
        var gateways = 0;
        if (fields.Array(root, "rxInfo", "/rxInfo") is { } rxInfo)
        {
            foreach (var gateway in rxInfo.EnumerateArray())
            {
                var pointer = string.Create(CultureInfo.InvariantCulture, $"/rxInfo/{gateways}");
                gateways++;
                var rssi = fields.SmallInteger(gateway, "rssi", pointer + "/rssi");
                var snr = fields.Number(gateway, "snr", pointer + "/snr") ?? 0d;
                bestRssi = Math.Max(bestRssi ?? int.MinValue, rssi);
                bestSnr = Math.Max(bestSnr ?? double.MinValue, snr);
            }
        }

        int? spreadingFactor = null;
        if (fields.Object(root, "txInfo", "/txInfo") is { } txInfo
            && fields.Object(txInfo, "modulation", "/txInfo/modulation") is { } modulation
            && fields.Object(modulation, "lora", "/txInfo/modulation/lora") is { } lora)
        {
            spreadingFactor = fields.SmallInteger(lora, "spreadingFactor", "/txInfo/modulation/lora/spreadingFactor");
        }

        return new RadioMetadata(bestRssi, bestSnr, gateways, spreadingFactor);
    }

    private static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
