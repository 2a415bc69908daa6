using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>Exports of an algorithm record to the Dutch register standard v1.0 and to UK ATRS.</summary>
public sealed class AlgorithmExportTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    // The required fields of the Dutch standard v1.0 with their maximum lengths (0: an enumeration).
    public static TheoryData<string, int> DutchRequired => new()
    {
        { "name", 100 },
        { "description_short", 400 },
        { "organization", 100 },
        { "status", 0 },
        { "contact_email", 500 },
        { "publication_category", 0 },
        { "lang", 0 },
    };

    [Theory]
    [MemberData(nameof(DutchRequired))]
    public async Task DutchExport_RequiredField_PresentWithinMaximumLength(string field, int maxLength)
    {
        var export = await ExportAsync("nl-algoritmeregister", new RegisterDocumentBuilder(RegisterKind.Algorithm)
            .With("summary", new string('x', 600)));

        var value = export.GetProperty(field).GetString();

        Assert.False(string.IsNullOrEmpty(value));
        if (maxLength > 0)
        {
            Assert.True(value.Length <= maxLength);
        }
    }

    [Fact]
    public async Task DutchExport_DecisionAlgorithmInUse_MapsEnumerations()
    {
        var export = await ExportAsync("nl-algoritmeregister", new RegisterDocumentBuilder(RegisterKind.Algorithm));

        Assert.Equal("In gebruik", export.GetProperty("status").GetString());
        Assert.Equal("Impactvolle algoritmes", export.GetProperty("publication_category").GetString());
        Assert.Equal(["Natuur en milieu"], export.GetProperty("category").EnumerateArray().Select(theme => theme.GetString()));
        Assert.Equal("2023-01", export.GetProperty("begin_date").GetString());
        Assert.Equal("1.0", export.GetProperty("standard_version").GetString());
        Assert.Equal(2, export.GetProperty("lawful_basis_grouping").GetArrayLength());
    }

    [Fact]
    public async Task AtrsExport_Record_HasTierOneAndTierTwo()
    {
        var export = await ExportAsync("atrs", new RegisterDocumentBuilder(RegisterKind.Algorithm));

        var tier1 = export.GetProperty("tier_1");
        var tier2 = export.GetProperty("tier_2");
        Assert.Equal("eau@example.fr", tier1.GetProperty("contact_email").GetString());
        Assert.Equal("https://www.example.fr/eau/algorithme-surconsommation", tier1.GetProperty("website").GetString());
        Assert.Equal("Directeur ou directrice de l'eau potable",
            tier2.GetProperty("owner_and_responsibility").GetProperty("senior_responsible_owner").GetString());
        Assert.Equal(1, tier2.GetProperty("risks_mitigations_and_impact_assessments").GetProperty("risks").GetArrayLength());
    }

    private async Task<JsonElement> ExportAsync(string format, RegisterDocumentBuilder document)
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), document);
        return await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/algorithms/{id}/export/{format}");
    }
}
