using System.Text.Json;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Tests.Examples;

namespace OpenTerritoire.Schemas.Tests.Compilation;

/// <summary>The compiled validator and NJsonSchema's must agree on every example of every JSON Schema.</summary>
public sealed class EngineAgreementTests
{
    public static TheoryData<SchemaExample> JsonExamples() => new(SchemaExample.All().Where(example => !example.IsCsv));

    [Fact]
    public void Load_EveryProjectJsonSchema_UsesTheCompiledPath()
    {
        var entries = SchemasFixture.Registry.List()
            .Select(summary => SchemasFixture.Registry.Find(new SchemaRef(summary.Id, summary.LatestVersion)).Value)
            .Where(entry => entry.Kind == SchemaKind.JsonSchema)
            .ToList();

        Assert.Equal(15, entries.Count);
        Assert.All(entries, entry => Assert.Equal(ValidationEngine.Compiled, entry.Engine));
        Assert.Empty(SchemasFixture.Registry.LoadIssues);
    }

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public async Task Validate_Example_CompiledAndNJsonSchemaAgree(SchemaExample example)
    {
        var entry = SchemasFixture.Registry.Find(new SchemaRef(example.SchemaId, example.Version)).Value;
        using var schemaDocument = JsonDocument.Parse(await File.ReadAllTextAsync(entry.SourcePath!));
        var fallback = await NJsonSchemaFallback.LoadAsync(
            schemaDocument.RootElement, entry.SourcePath, SchemasFixture.Directory, CancellationToken.None);
        Assert.True(fallback.IsSuccess, fallback.IsSuccess ? null : fallback.Issues[0].Value);
        var njsonschema = JsonSchemaValidator.WithNJsonSchema(fallback.Value, []);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(example.Path));

        var compiled = Run(entry.Json!, record.RootElement);
        var reference = Run(njsonschema, record.RootElement);
        var streamed = RunBytes(entry.Json!, await File.ReadAllBytesAsync(example.Path));

        Assert.Equal(ValidationEngine.Compiled, entry.Json!.Engine);
        Assert.Equal(ValidationEngine.NJsonSchema, njsonschema.Engine);
        Assert.Equal(compiled.Valid, reference.Valid);
        Assert.Equal(!example.Valid, !compiled.Valid);
        // The one-pass reader path gives exactly what the parsed path gives.
        Assert.Equal(Keys(compiled), Keys(streamed));
        // Where NJsonSchema names the keyword (not schema.other), code and pointer must be the same.
        var named = reference.Entries.Where(e => e.Code != ValidationIssues.SchemaOther.Code)
            .Select(e => $"{e.Code} {e.Location.Pointer}").ToHashSet();
        Assert.Subset(compiled.Entries.Select(e => $"{e.Code} {e.Location.Pointer}").ToHashSet(), named);
    }

    [Fact]
    public void Streams_ShippedSchemas_OnlyRequiredWhenNeedsTheParsedRecord()
    {
        var notStreaming = SchemasFixture.Registry.List()
            .Select(summary => SchemasFixture.Registry.Find(new SchemaRef(summary.Id, summary.LatestVersion)).Value)
            .Where(entry => entry.Kind == SchemaKind.JsonSchema && !entry.Json!.Streams)
            .Select(entry => entry.Id);

        Assert.Equal(["algorithm-record"], notStreaming);
    }

    private static string[] Keys(ValidationReport report) =>
        report.Entries.Select(e => $"{e.Code} {e.Location.Pointer} {e.Value}").Order(StringComparer.Ordinal).ToArray();

    private static ValidationReport RunBytes(JsonSchemaValidator validator, byte[] bytes)
    {
        var sink = new ValidationReportBuilder();
        validator.Validate(bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0), string.Empty, null, sink);
        return sink.Build("test", "1.0.0");
    }

    private static ValidationReport Run(JsonSchemaValidator validator, JsonElement record)
    {
        var sink = new ValidationReportBuilder();
        validator.Validate(record, string.Empty, null, sink);
        return sink.Build("test", "1.0.0");
    }
}
