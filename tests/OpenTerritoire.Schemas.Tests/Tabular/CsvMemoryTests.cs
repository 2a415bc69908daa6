using OpenTerritoire.Schemas.Inputs;

namespace OpenTerritoire.Schemas.Tests.Tabular;

/// <summary>Measures the live heap, so it runs alone: other tests' allocations would blur it.</summary>
[Collection(MemoryCollection.Name)]
public sealed class CsvMemoryTests
{
    private const string CarPark = "car-park-occupancy-hourly";

    [Fact]
    public async Task ValidateAsync_LargeGeneratedFile_StreamsWithoutHoldingIt()
    {
        // Without a primary key nothing is kept per row, so the live heap must stay flat while the file goes by.
        const int Rows = 100_000;
        var registry = Schemas.Registry.SchemaRegistry.Load(SchemasFixture.Directory);
        var schema = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(
            OpenTerritoire.Testing.RepositoryRoot.Combine("schemas", "operators", CarPark, "1.0.0.schema.json")))!.AsObject();
        schema.Remove("primaryKey");
        registry.Import("car-park-no-key", "1.0.0", schema.ToJsonString());
        var live = new List<long>();
        await using var stream = new GeneratedCarParkStream(Rows, row =>
        {
            if (row % 20_000 == 10_000)
            {
                live.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        });

        var report = await SchemasFixture.Validator(registry).ValidateAsync(
            Schemas.Registry.SchemaRef.Latest("car-park-no-key"), stream, MediaType.Csv, CancellationToken.None);

        Assert.True(report.Valid, string.Join(", ", report.Entries.Take(3).Select(entry => entry.Code + " " + entry.Location.Pointer)));
        Assert.Equal(Rows, report.Stats.Records);
        Assert.True(stream.Produced > 8_000_000);
        Assert.Equal(5, live.Count);
        // The text read between the first and last sample is over 6 MB (12 MB as .NET strings).
        Assert.True(live.Max() - live[0] < 2_000_000, string.Join(", ", live));
    }
}
