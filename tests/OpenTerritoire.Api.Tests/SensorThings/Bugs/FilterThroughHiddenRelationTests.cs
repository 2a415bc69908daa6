using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using OpenTerritoire.Core;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.SensorThings.Bugs;

/// <summary>
/// A $filter through a relation must not let hidden rows decide which visible rows match: a published Datastream of
/// a draft Thing must not reveal the Thing's name to an anonymous caller.
/// </summary>
public sealed class FilterThroughHiddenRelationTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Filter_ThroughDraftThing_MatchesNothingForAnonymous()
    {
        var seed = new Seeder(hub.Database.DataSource);
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, publication: PublicationState.Published);
        await using (var connection = await hub.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE things SET publication = 'draft', name = 'Projet confidentiel' WHERE id = @Id", new { Id = datastream.ThingId.Value });
        }

        var client = hub.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>(new Uri("/sta/v1.1/Datastreams", UriKind.Relative));
        var probed = await client.GetFromJsonAsync<JsonElement>(
            new Uri("/sta/v1.1/Datastreams?$filter=Thing/name eq 'Projet confidentiel'", UriKind.Relative));
        var ordered = await client.GetAsync(new Uri("/sta/v1.1/Datastreams?$orderby=Thing/name", UriKind.Relative));

        Assert.Contains(all.GetProperty("value").EnumerateArray(), entity => entity.GetProperty("@iot.id").GetInt64() == datastream.Id.Value);
        Assert.Empty(probed.GetProperty("value").EnumerateArray());
        Assert.True(ordered.IsSuccessStatusCode);
    }
}
