using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Tests;

public sealed class SchemasServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSchemas_SchemasFolder_RegistersOneRegistryAndTheValidator()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(SchemasFixture.Now))
            .AddSchemas(SchemasFixture.Directory);
        await using var provider = services.BuildServiceProvider();

        var validator = provider.GetRequiredService<DocumentValidator>();
        using var input = new MemoryStream("""{"observedAt": "2026-03-02T08:15:04Z", "occupied": true}"""u8.ToArray());
        var report = await validator.ValidateAsync(SchemaRef.Parse("parking-space-occupancy@latest"), input, MediaType.Json, CancellationToken.None);

        Assert.Same(provider.GetRequiredService<SchemaRegistry>(), provider.GetRequiredService<SchemaRegistry>());
        Assert.True(report.Valid);
        Assert.Equal("1.0.0", report.SchemaVersion);
    }

    [Fact]
    public async Task ValidateAsync_UnknownSchema_ReturnsAReportNotAnException()
    {
        using var input = new MemoryStream("{}"u8.ToArray());

        var report = await SchemasFixture.Validator().ValidateAsync(SchemaRef.Parse("nope"), input, MediaType.Json, CancellationToken.None);

        Assert.False(report.Valid);
        Assert.Equal("schema-registry.unknown-schema", Assert.Single(report.Entries).Code);
        Assert.Equal(OpenTerritoire.Schemas.Reporting.ValidationEngine.None, report.Engine);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/x-ndjson", "application/x-ndjson")]
    [InlineData(".jsonl", "application/x-ndjson")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("application/xml", null)]
    public void Parse_ContentTypeOrExtension_GivesTheMediaType(string text, string? expected) =>
        Assert.Equal(expected, MediaType.Parse(text)?.Value);
}
