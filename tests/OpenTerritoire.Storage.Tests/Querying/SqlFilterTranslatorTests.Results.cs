using System.Text.Json;
using Dapper;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Storage.Querying;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    [Theory]
    [InlineData("result/fill gt 50", "full")]
    [InlineData("result/fill lt 50", "empty")]
    [InlineData("result/tilt eq true", "empty")]
    [InlineData("result/bins/0 eq 'A'", "full")]
    [InlineData("result/fill eq '80'", "full")]
    [InlineData("result/missing eq null", "empty,full,number")]
    [InlineData("result/fill ne null", "empty,full")]
    public async Task Translate_JsonResultMember_SelectsMatchingRows(string filter, string expected)
    {
        var seed = new Seeder(database.DataSource);
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var store = new ObservationStore(database.DataSource);
        var names = new Dictionary<long, string>();
        var at = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        foreach (var (name, result, minutes) in new[]
        {
            ("full", ObservationResult.FromJson(Json("""{"fill": 80, "tilt": false, "bins": ["A", "B"]}""")), 0),
            ("empty", ObservationResult.FromJson(Json("""{"fill": 5, "tilt": true}""")), 1),
            ("number", ObservationResult.FromNumber(80), 2),
        })
        {
            var observation = new NewObservationBuilder(datastream.Id).At(at.AddMinutes(minutes)).WithResult(result).Build();
            names[(await store.AppendAsync(tenant.Id, observation, CancellationToken.None)).Value.Id.Value] = name;
        }

        var fragment = Translate(EntitySet.Observations, filter);
        var parameters = fragment.ToDynamicParameters();
        parameters.Add("TenantId", tenant.Id.Value);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM observations WHERE tenant_id = @TenantId AND {fragment.Sql}", parameters));

        Assert.Equal(expected, string.Join(',', ids.Select(id => names[id]).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Translate_ControlId_MatchesTheRow()
    {
        var world = await FilteredWorld.CreateAsync(database.DataSource);
        var north = world.Names.Single(entry => entry.Value == "north").Key.Id;

        var matched = await MatchAsync(
            world, EntitySet.Things, $"@iot.id eq {north} or id eq {north} add 1000000");

        Assert.Equal("north", matched);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
