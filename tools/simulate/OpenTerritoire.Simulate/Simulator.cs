using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenTerritoire.Simulate.Carriers;
using OpenTerritoire.Simulate.Devices;

namespace OpenTerritoire.Simulate;

/// <summary>
/// Posts realistic traffic to the hub's ingestion endpoints: every device of the plan reports in turn, through its
/// feed's network server format, with a share of bad messages (truncated JSON, bad base64, unknown port).
/// </summary>
public sealed class Simulator(HttpClient http, SimulationPlan plan, int seed)
{
    private static readonly Dictionary<string, IDeviceModel> Models = new IDeviceModel[]
    {
        new NwaveParkingSensor(), new ElsysCo2Sensor(), new MilesightBinSensor(),
    }.ToDictionary(model => model.Model, StringComparer.OrdinalIgnoreCase);

    /// <summary>Sends <paramref name="messages"/> messages with <paramref name="concurrency"/> clients; returns counts by status.</summary>
    public async Task<SimulationSummary> RunAsync(
        int messages, int concurrency, double badFraction, DateTimeOffset start, TimeSpan step, CancellationToken cancellationToken)
    {
        var work = Enumerate(messages, badFraction, start, step).GetEnumerator();
        var gate = new object();
        var statuses = new ConcurrentDictionary<int, int>();
        var stopwatch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                (string Url, string Token, byte[] Body) next;
                lock (gate)
                {
                    if (!work.MoveNext())
                    {
                        return;
                    }

                    next = work.Current;
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, next.Url) { Content = new ByteArrayContent(next.Body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", next.Token);
                int status;
                try
                {
                    using var response = await http.SendAsync(request, cancellationToken);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            }
        });
        await Task.WhenAll(clients);
        return new SimulationSummary(messages, stopwatch.Elapsed, new SortedDictionary<int, int>(statuses));
    }

    private IEnumerable<(string Url, string Token, byte[] Body)> Enumerate(int messages, double badFraction, DateTimeOffset start, TimeSpan step)
    {
        var random = new Random(seed);
        var devices = plan.Feeds.SelectMany(feed => feed.Devices.Select(device => (Feed: feed, Device: device, State: new DeviceState(device.DevEui) { Since = start })))
            .Where(entry => Models.ContainsKey(entry.Device.Model))
            .ToList();
        if (devices.Count == 0)
        {
            yield break;
        }

        for (var index = 0; index < messages; index++)
        {
            var (feed, device, state) = devices[index % devices.Count];
            var time = start + (step * index);
            var uplink = Models[device.Model].Next(state, time, random);
            var fCnt = state.FrameCounter++;
            var rssi = -60 - (random.NextDouble() * 55);
            var snr = Math.Round(-5 + (random.NextDouble() * 15), 1);
            JsonObject body = string.Equals(feed.Kind, "chirpstack-v4", StringComparison.Ordinal)
                ? NetworkServerMessages.ChirpStackV4Up(device.DevEui, fCnt, uplink.FPort, uplink.Bytes, time, rssi, snr)
                : NetworkServerMessages.TtnV3Uplink(device.DevEui, fCnt, uplink.FPort, uplink.Bytes, time, rssi, snr);
            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            if (random.NextDouble() < badFraction)
            {
                bytes = Spoil(bytes, body, random);
            }

            var url = string.Equals(feed.Kind, "chirpstack-v4", StringComparison.Ordinal) ? $"ingest/{feed.Id}?event=up" : $"ingest/{feed.Id}";
            yield return (url, feed.Token, bytes);
        }
    }

    private static byte[] Spoil(byte[] bytes, JsonObject body, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                return bytes[..(bytes.Length / 2)];
            case 1:
                if (body["uplink_message"] is JsonObject uplink)
                {
                    uplink["frm_payload"] = "%%not-base64%%";
                }
                else
                {
                    body["data"] = "%%not-base64%%";
                }

                return Encoding.UTF8.GetBytes(body.ToJsonString());
            default:
                if (body["uplink_message"] is JsonObject message)
                {
                    message["f_port"] = 222;
                }
                else
                {
                    body["fPort"] = 222;
                }

                return Encoding.UTF8.GetBytes(body.ToJsonString());
        }
    }
}
