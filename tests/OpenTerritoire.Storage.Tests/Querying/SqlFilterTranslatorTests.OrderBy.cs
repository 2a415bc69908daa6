using Dapper;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    public static TheoryData<EntitySet, string, string> Orders => new()
    {
        { EntitySet.Observations, "phenomenonTime desc", "o5,o3,o2,o1,o4" },
        { EntitySet.Observations, "Datastream/Thing/name desc,phenomenonTime", "o4,o5,o1,o2,o3" },
        { EntitySet.Observations, "result mul -1", "o2,o1,o3,o4,o5" },
        { EntitySet.Observations, "result desc,id", "o2,o1,o4,o5,o3" },
        { EntitySet.Things, "properties/height desc", "north,south" },
        { EntitySet.Things, "length(description)", "south,north" },
        { EntitySet.Locations, "geo.distance(location, geography'POINT(4.8 45.7)')", "lyon,paris" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task TranslateOrderBy_Items_OrderRows(EntitySet entity, string orderBy, string expected)
    {
        var world = await FilteredWorld.CreateAsync(database.DataSource);
        var table = EntityPropertyRegistry.SensorThings.Get(entity).Table;
        var translated = translator.TranslateOrderBy(OrderByParser.Parse(orderBy).Value, entity);
        Assert.True(translated.IsSuccess, translated.ToString());
        var parameters = translated.Value.ToDynamicParameters();
        parameters.Add("TenantId", world.Tenant.Value);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {table} WHERE tenant_id = @TenantId ORDER BY {translated.Value.Sql}, id", parameters));

        Assert.Equal(expected, string.Join(',', ids.Select(id => world.Names[(table, id)])));
    }

    [Theory]
    [InlineData(EntitySet.Things, "name,Datastreams/name", "filter.unsortable", "char:5")]
    [InlineData(EntitySet.Locations, "location", "filter.unsortable", "char:0")]
    [InlineData(EntitySet.Things, "nom", "filter.unknown-property", "char:0")]
    public void TranslateOrderBy_InvalidItem_ReturnsCodeAndPointer(EntitySet entity, string orderBy, string code, string pointer)
    {
        var translated = translator.TranslateOrderBy(OrderByParser.Parse(orderBy).Value, entity);

        var issue = Assert.Single(translated.Issues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
    }
}
