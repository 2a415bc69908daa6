using Dapper;
using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.Querying;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly SqlFilterTranslator translator =
        new(EntityPropertyRegistry.SensorThings, new FakeTimeProvider(Now));

    // Runs the filter for real and returns the names of the rows it keeps, sorted and comma-separated.
    private async Task<string> MatchAsync(EntitySet entity, string filter)
    {
        var world = await FilteredWorld.CreateAsync(database.DataSource);
        return await MatchAsync(world, entity, filter);
    }

    private async Task<string> MatchAsync(FilteredWorld world, EntitySet entity, string filter)
    {
        var fragment = Translate(entity, filter);
        var table = EntityPropertyRegistry.SensorThings.Get(entity).Table;
        var parameters = fragment.ToDynamicParameters();
        parameters.Add("TenantId", world.Tenant.Value);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {table} WHERE tenant_id = @TenantId AND {fragment.Sql}", parameters));
        return string.Join(',', ids.Select(id => world.Names[(table, id)]).Order(StringComparer.Ordinal));
    }

    private SqlFragment Translate(EntitySet entity, string filter)
    {
        var parsed = FilterParser.Parse(filter);
        Assert.True(parsed.IsSuccess, parsed.ToString());
        var translated = translator.Translate(parsed.Value, entity);
        Assert.True(translated.IsSuccess, translated.ToString());
        return translated.Value;
    }
}
