using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace OpenTerritoire.Api.Tests.Ingest;

/// <summary>A network server message built from a shipped template, with the device, payload, counter and time given.</summary>
public sealed record IngestSample(string Template, string DevEui, string Payload, int FPort, int FCnt, DateTimeOffset Time)
{
    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingest", "Samples", file));

    public static IngestSample Ttn(string devEui, string payload, int fCnt, DateTimeOffset time, int fPort = 1) =>
        new("ttn-v3-uplink.json", devEui, payload, fPort, fCnt, time);

    public static IngestSample ChirpStack(string devEui, string payload, int fCnt, DateTimeOffset time, int fPort = 1) =>
        new("chirpstack-v4-up.json", devEui, payload, fPort, fCnt, time);

    public string Text() => Read(Template)
        .Replace("{{deviceId}}", "device-" + DevEui.ToLowerInvariant(), StringComparison.Ordinal)
        .Replace("{{devEui}}", DevEui, StringComparison.Ordinal)
        .Replace("{{payload}}", Payload, StringComparison.Ordinal)
        .Replace("{{fPort}}", FPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{fCnt}}", FCnt.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{messageId}}", $"{DevEui}-{FCnt}", StringComparison.Ordinal)
        .Replace("{{time}}", Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public HttpContent Content()
    {
        var content = new StringContent(Text(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
