using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Reads The Things Stack v3 webhook messages: uplinks, and the other message types as archived events.
/// </summary>
/// <remarks>
/// Field names follow the TTS <c>ApplicationUp</c> JSON encoding (snake_case); zero and false values are omitted by
/// its protobuf marshaller, so an absent <c>f_port</c> or <c>f_cnt</c> is 0.
/// </remarks>
public sealed class TtnV3EnvelopeReader : IEnvelopeReader
{
    private const string UplinkProperty = "uplink_message";

    // One property of ApplicationUp carries the message; its name is the message type.
    private static readonly Dictionary<string, NetworkEventKind> EventProperties = new(StringComparer.Ordinal)
    {
        ["join_accept"] = NetworkEventKind.Join,
        ["downlink_ack"] = NetworkEventKind.Ack,
        ["downlink_nack"] = NetworkEventKind.Ack,
        ["downlink_sent"] = NetworkEventKind.TxAck,
        ["downlink_queued"] = NetworkEventKind.Downlink,
        ["downlink_failed"] = NetworkEventKind.Downlink,
        ["downlink_queue_invalidated"] = NetworkEventKind.Downlink,
        ["location_solved"] = NetworkEventKind.Location,
        ["service_data"] = NetworkEventKind.Integration,

        // The network server's normalised payload (device repository schema), sent besides the uplink itself.
        ["uplink_normalized"] = NetworkEventKind.Integration,
    };

    private static readonly string KnownTypes = string.Join(", ", EventProperties.Keys.Prepend(UplinkProperty));

    public FeedKind Kind => FeedKind.TtnV3;

    public Result<Envelope> Read(ReadOnlyMemory<byte> body, string? contentType, EnvelopeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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

        if (root.TryGetProperty(UplinkProperty, out _))
        {
            return ReadUplink(root, context);
        }

        foreach (var property in root.EnumerateObject())
        {
            if (EventProperties.TryGetValue(property.Name, out var kind))
            {
                return ReadEvent(root, property.Name, kind, context);
            }
        }

        var names = string.Join(",", root.EnumerateObject().Select(property => property.Name));
        return Result.Failure<Envelope>(EnvelopeIssues.UnknownEvent(string.Empty, names, KnownTypes));
    }

    private static Result<Envelope> ReadUplink(JsonElement root, EnvelopeContext context)
    {
        var fields = new EnvelopeFields();
        var ids = fields.Object(root, "end_device_ids", "/end_device_ids", required: true);
        var devEui = ids is { } idsElement
            ? fields.DevEui(idsElement, "dev_eui", "/end_device_ids/dev_eui", required: true)
            : null;
        var deviceId = ids is { } named ? fields.String(named, "device_id", "/end_device_ids/device_id") : null;
        var up = fields.Object(root, UplinkProperty, "/uplink_message", required: true);
        if (up is not { } message)
        {
            return Result.Failure<Envelope>(fields.Issues);
        }

        var fPort = fields.SmallInteger(message, "f_port", "/uplink_message/f_port");
        if (fPort is < 0 or > 255)
        {
            fields.Add(EnvelopeIssues.WrongType(
                "/uplink_message/f_port",
                "an integer from 0 to 255",
                fPort.ToString(CultureInfo.InvariantCulture)));
        }

        var frameCounter = fields.Integer(message, "f_cnt", "/uplink_message/f_cnt");
        var payload = fields.Base64(message, "frm_payload", "/uplink_message/frm_payload");
        var decoded = fields.Object(message, "decoded_payload", "/uplink_message/decoded_payload");
        var receivedAt = fields.Time(message, "received_at", "/uplink_message/received_at")
            ?? fields.Time(root, "received_at", "/received_at")
            ?? context.ReceivedAt;
        var radio = ReadRadio(message, fields);
        if (fields.HasErrors || devEui is not { } eui)
        {
            return Result.Failure<Envelope>(fields.Issues);
        }

        var naturalKey = CorrelationId(root, "as:up:")
            ?? string.Create(
                CultureInfo.InvariantCulture,
                $"ttn-v3:{eui}:{frameCounter}:{receivedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}");
        var uplink = new Uplink(eui, deviceId, fPort, frameCounter, payload, receivedAt, decoded?.Clone(), radio);
        return Result.Success(Envelope.FromUplink(FeedKind.TtnV3, naturalKey, uplink));
    }

    private static RadioMetadata ReadRadio(JsonElement message, EnvelopeFields fields)
    {
        int? bestRssi = null;
        double? bestSnr = null;
        var gateways = 0;
        if (fields.Array(message, "rx_metadata", "/uplink_message/rx_metadata") is { } metadata)
        {
            foreach (var gateway in metadata.EnumerateArray())
            {
                var pointer = string.Create(CultureInfo.InvariantCulture, $"/uplink_message/rx_metadata/{gateways}");
                gateways++;
                var rssi = fields.Number(gateway, "rssi", pointer + "/rssi") ?? 0d;
                var snr = fields.Number(gateway, "snr", pointer + "/snr") ?? 0d;
                bestRssi = Math.Max(bestRssi ?? int.MinValue, (int)Math.Round(rssi));
                bestSnr = Math.Max(bestSnr ?? double.MinValue, snr);
            }
        }

        int? spreadingFactor = null;
        if (fields.Object(message, "settings", "/uplink_message/settings") is { } settings
            && fields.Object(settings, "data_rate", "/uplink_message/settings/data_rate") is { } dataRate
            && fields.Object(dataRate, "lora", "/uplink_message/settings/data_rate/lora") is { } lora)
        {
            spreadingFactor = fields.SmallInteger(
                lora,
                "spreading_factor",
                "/uplink_message/settings/data_rate/lora/spreading_factor");
        }

        return new RadioMetadata(bestRssi, bestSnr, gateways, spreadingFactor);
    }

    private static Result<Envelope> ReadEvent(
        JsonElement root,
        string type,
        NetworkEventKind kind,
        EnvelopeContext context)
    {
        var fields = new EnvelopeFields();
        var ids = fields.Object(root, "end_device_ids", "/end_device_ids", required: true);
        var devEui = ids is { } idsElement
            ? fields.DevEui(idsElement, "dev_eui", "/end_device_ids/dev_eui", required: false)
            : null;
        var deviceId = ids is { } named ? fields.String(named, "device_id", "/end_device_ids/device_id") : null;
        var time = fields.Time(root, "received_at", "/received_at") ?? context.ReceivedAt;
        if (fields.HasErrors)
        {
            return Result.Failure<Envelope>(fields.Issues);
        }

        var naturalKey = CorrelationId(root, prefix: string.Empty)
            ?? string.Create(
                CultureInfo.InvariantCulture,
                $"ttn-v3:{type}:{devEui?.ToString() ?? deviceId}:{time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}");
        var networkEvent = new NetworkEvent(kind, type, devEui, deviceId, time, null, null, null, root.Clone());
        return Result.Success(Envelope.FromEvent(FeedKind.TtnV3, naturalKey, networkEvent));
    }

    private static string? CorrelationId(JsonElement root, string prefix)
    {
        if (!root.TryGetProperty("correlation_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return ids.EnumerateArray()
            .Where(id => id.ValueKind == JsonValueKind.String)
            .Select(id => id.GetString()!) // a string element never reads as null
            .FirstOrDefault(id => id.StartsWith(prefix, StringComparison.Ordinal));
    }
}
