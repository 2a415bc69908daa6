using System.Globalization;
using System.Text;

namespace OpenTerritoire.Bench.Validation;

/// <summary>Deterministic parking and air-quality records (seeded), with about 2 % invalid ones, as JSON Lines.</summary>
internal static class RecordGenerator
{
    public static void WriteParking(string path, int count)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(i * 7).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var battery = random.Next(0, 50) == 0 ? 120 : random.Next(5, 100);
            var occupied = random.Next(2) == 0 ? "true" : "false";
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"observedAt\":\"{at}\",\"deviceId\":\"70B3D5E75E01{i % 4096:X4}\",\"parkingSpotId\":\"NANTES-CCV-{i % 900:D4}\",\"occupied\":{occupied},\"occupiedSince\":\"{at}\",\"batteryLevel\":{battery}}}\n"));
        }
    }

    public static void WriteAirQuality(string path, int count)
    {
        var random = new Random(7);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var start = new DateTimeOffset(2026, 1, 20, 0, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(i).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            var humidity = random.Next(0, 50) == 0 ? 104.0 : Math.Round(30 + (random.NextDouble() * 50), 1);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"observedAt\":\"{at}\",\"deviceId\":\"AQ-GRE-{i % 64:D3}\",\"environment\":\"outdoor\",\"co2\":{random.Next(400, 1500)},\"pm25\":{Math.Round(random.NextDouble() * 40, 1)},\"pm10\":{Math.Round(random.NextDouble() * 60, 1)},\"no2\":{Math.Round(random.NextDouble() * 80, 1)},\"temperature\":{Math.Round(-5 + (random.NextDouble() * 35), 1)},\"relativeHumidity\":{humidity}}}\n"));
        }
    }

    public static void WriteCarParkCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("id_parking,nom_parking,horodatage,capacite,places_occupees,places_libres,latitude,longitude,siren_exploitant\n");
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < rows; i++)
        {
            var park = i % 100;
            var hour = start.AddHours(i / 100).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var occupied = i % 400;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"21231-P-{park:D4},Parking {park},{hour},400,{occupied},{400 - occupied},47.3{park:D2},5.0{park:D2},799990023\n"));
        }
    }
}
