using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenTerritoire.Simulate.Carriers;

/// <summary>
/// Webhook bodies as The Things Stack v3 and ChirpStack v4 post them. Both omit fields equal to zero or false, and so
/// does this: a first frame (f_cnt 0) has no f_cnt.
/// </summary>
public static class NetworkServerMessages
{
    public static JsonObject TtnV3Uplink(string devEui, int fCnt, int fPort, byte[] payload, DateTimeOffset time, double rssi, double snr)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var uplink = new JsonObject
        {
            ["f_port"] = fPort,
            ["frm_payload"] = Convert.ToBase64String(payload),
            ["rx_metadata"] = new JsonArray(new JsonObject
            {
                ["gateway_ids"] = new JsonObject { ["gateway_id"] = "gw-mairie-01" },
                ["rssi"] = rssi,
                ["channel_rssi"] = rssi,
                ["snr"] = snr,
            }),
            ["settings"] = new JsonObject
            {
                ["data_rate"] = new JsonObject { ["lora"] = new JsonObject { ["bandwidth"] = 125000, ["spreading_factor"] = 9 } },
                ["frequency"] = "868100000",
            },
            ["received_at"] = Iso(time),
        };
        if (fCnt != 0)
        {
            uplink["f_cnt"] = fCnt;
        }

        return new JsonObject
        {
            ["end_device_ids"] = new JsonObject
            {
                ["device_id"] = "dev-" + devEui.ToLowerInvariant(),
                ["application_ids"] = new JsonObject { ["application_id"] = "territoire-demo" },
                ["dev_eui"] = devEui,
            },
            ["correlation_ids"] = new JsonArray($"as:up:{devEui}{fCnt.ToString(CultureInfo.InvariantCulture)}{time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}"),
            ["received_at"] = Iso(time),
            ["uplink_message"] = uplink,
        };
    }

    public static JsonObject ChirpStackV4Up(string devEui, int fCnt, int fPort, byte[] payload, DateTimeOffset time, double rssi, double snr)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var up = new JsonObject
        {
            ["deduplicationId"] = DeterministicGuid(devEui, fCnt, time).ToString(),
            ["time"] = Iso(time),
            ["deviceInfo"] = new JsonObject
            {
                ["tenantName"] = "Territoire",
                ["applicationName"] = "capteurs",
                ["deviceName"] = "dev-" + devEui.ToLowerInvariant(),
                ["devEui"] = devEui.ToLowerInvariant(),
            },
            ["dr"] = 3,
            ["fPort"] = fPort,
            ["data"] = Convert.ToBase64String(payload),
            ["rxInfo"] = new JsonArray(new JsonObject { ["gatewayId"] = "0016c001ff10a235", ["rssi"] = (int)rssi, ["snr"] = snr }),
        };
        if (fCnt != 0)
        {
            up["fCnt"] = fCnt;
        }

        return up;
    }

    private static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Guid DeterministicGuid(string devEui, int fCnt, DateTimeOffset time)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{devEui}/{fCnt}/{time.ToUnixTimeMilliseconds()}"));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
