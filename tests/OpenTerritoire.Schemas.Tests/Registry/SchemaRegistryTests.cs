using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Schemas.Tests.Registry;

public sealed class SchemaRegistryTests
{
    [Theory]
    [InlineData("air-quality-observed", "air-quality-observed", "1.0.0")]
    [InlineData("air-quality-observed@1.0.0", "air-quality-observed", "1.0.0")]
    [InlineData("air-quality-observed@latest", "air-quality-observed", "1.0.0")]
    [InlineData("car-park-occupancy-hourly@latest", "car-park-occupancy-hourly", "1.0.0")]
    public void Find_KnownReference_ReturnsTheEntry(string reference, string id, string version)
    {
        var found = SchemasFixture.Registry.Find(SchemaRef.Parse(reference));

        Assert.True(found.IsSuccess);
        Assert.Equal(id, found.Value.Id);
        Assert.Equal(version, found.Value.Version);
    }

    [Fact]
    public void Find_UnknownId_FailsListingTheAvailableIds()
    {
        var found = SchemasFixture.Registry.Find(SchemaRef.Parse("parking@1.0.0"));

        var issue = Assert.Single(found.Issues);
        Assert.Equal(ValidationIssues.UnknownSchema.Code, issue.Code);
        Assert.Contains("parking-space-occupancy", issue.Expected, StringComparison.Ordinal);
        Assert.Contains("sensor-record", issue.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_UnknownVersion_FailsListingTheVersionsOfThatId()
    {
        var found = SchemasFixture.Registry.Find(SchemaRef.Parse("air-quality-observed@9.9.9"));

        var issue = Assert.Single(found.Issues);
        Assert.Equal(ValidationIssues.UnknownSchema.Code, issue.Code);
        Assert.Equal("air-quality-observed@1.0.0", issue.Expected);
    }

    [Fact]
    public void List_ShippedSchemas_GivesMetadataOfEach()
    {
        var list = SchemasFixture.Registry.List();

        Assert.Equal(18, list.Count);
        var air = Assert.Single(list, summary => summary.Id == "air-quality-observed");
        Assert.Equal("observations", air.Category);
        Assert.Equal(SchemaKind.JsonSchema, air.Kind);
        Assert.Equal("environment", air.Theme);
        Assert.Equal(["1.0.0"], air.Versions);
        Assert.False(string.IsNullOrEmpty(air.Title.Fr));
        Assert.NotEqual(air.Title.Fr, air.Title.En);
        Assert.Contains(air.ObservedProperties, property => property.Property == "co2" && property.UnitDefinition == "ucum:[ppm]");
        var carPark = Assert.Single(list, summary => summary.Id == "car-park-occupancy-hourly");
        Assert.Equal(SchemaKind.TableSchema, carPark.Kind);
        Assert.Equal("Hourly car park occupancy", carPark.Title.En);
    }

    [Fact]
    public void Load_TableSchema_ParsesFieldsKeysAndCoordinates()
    {
        var table = SchemasFixture.Registry.Find(SchemaRef.Latest("car-park-occupancy-hourly")).Value.Table!;

        Assert.Equal(9, table.Fields.Count);
        Assert.Equal(["id_parking", "horodatage"], table.PrimaryKey);
        Assert.Equal(new Schemas.Tabular.TableCoordinates("latitude", "longitude"), table.Coordinates);
        Assert.Equal("siren", table.FindField("siren_exploitant")!.Check);
        Assert.True(table.FindField("capacite")!.Constraints.Required);
    }

    [Fact]
    public async Task Import_NationalStyleTableSchema_ValidatesCsvWithIt()
    {
        var registry = SchemaRegistry.Load(SchemasFixture.Directory);

        var imported = registry.Import("stations", "2.3.1", TestInputs.NationalStyleTableSchema);

        Assert.True(imported.IsSuccess);
        Assert.Equal(SchemaRegistry.ImportedCategory, imported.Value.Category);
        Assert.Equal(SchemaKind.TableSchema, registry.Find(SchemaRef.Parse("stations@latest")).Value.Kind);
        using var csv = new MemoryStream("id,contact,code,ouvert,date_maj,coordonneesXY,annee,siret\nS1,a@example.fr,AB,oui,2026-01-31,\"[4.8,45.7]\",2026,\n"u8.ToArray());
        var report = await SchemasFixture.Validator(registry).ValidateAsync(
            SchemaRef.Parse("stations@2.3.1"), csv, Schemas.Inputs.MediaType.Csv, CancellationToken.None);
        Assert.True(report.Valid, string.Join(", ", report.Entries.Select(entry => entry.Code)));
    }

    [Fact]
    public void Import_JsonSchemaWithInternalDefinitions_CompilesAndLatestFollowsSemver()
    {
        var registry = SchemaRegistry.Load(SchemasFixture.Directory);
        const string Schema = """{"$id": "https://example.org/x.json", "$ref": "#/$defs/a", "$defs": {"a": {"type": "integer"}}}""";

        Assert.True(registry.Import("counter", "1.9.0", Schema).IsSuccess);
        Assert.True(registry.Import("counter", "1.10.0", Schema).IsSuccess);

        var latest = registry.Find(SchemaRef.Latest("counter")).Value;
        Assert.Equal("1.10.0", latest.Version);
        Assert.Equal(ValidationEngine.Compiled, latest.Engine);
        var sink = new ValidationReportBuilder();
        latest.Validate("1.5"u8, sink);
        Assert.Equal("schema.type", Assert.Single(sink.Build("counter", "1.10.0").Entries).Code);
    }

    [Fact]
    public void Import_RemoteReference_FailsWithoutNetwork()
    {
        var registry = SchemaRegistry.Load(SchemasFixture.Directory);

        var imported = registry.Import("remote", "1.0.0", """{"properties": {"a": {"$ref": "https://example.org/a.json"}}}""");

        Assert.Equal(ValidationIssues.RemoteReference.Code, Assert.Single(imported.Issues).Code);
        Assert.False(registry.Find(SchemaRef.Latest("remote")).IsSuccess);
    }

    [Fact]
    public void Import_SchemaWithUnknownKeyword_FallsBackToNJsonSchema()
    {
        var registry = SchemaRegistry.Load(SchemasFixture.Directory);

        var imported = registry.Import("multiples", "1.0.0", """{"type": "integer", "multipleOf": 5}""");

        Assert.Equal(ValidationEngine.NJsonSchema, imported.Value.Engine);
        Assert.Contains("multipleOf", imported.Value.Json!.UnsupportedKeywords);
    }

    [Fact]
    public void Locate_FromBelowTheRepository_FindsTheSchemasFolder()
    {
        // From a folder of the checkout (build outputs may hold a copy of the schemas, which would be found first).
        var located = SchemasDirectory.Locate(null, RepositoryRoot.Combine("src", "OpenTerritoire.Schemas"));

        Assert.Equal(RepositoryRoot.Combine("schemas"), located);
        Assert.Equal(located, SchemasDirectory.Locate(located));
        Assert.Null(SchemasDirectory.Locate("/does/not/exist"));
    }

    [Theory]
    [InlineData("1.0.0", "1.0.0-rc.1", 1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("2.0.0", "10.0.0", -1)]
    [InlineData("1.0.0", "1.0.0", 0)]
    public void CompareTo_TwoVersions_OrdersBySemver(string left, string right, int sign)
    {
        Assert.True(SemanticVersion.TryParse(left, out var l));
        Assert.True(SemanticVersion.TryParse(right, out var r));

        Assert.Equal(sign, Math.Sign(l.CompareTo(r)));
    }
}
