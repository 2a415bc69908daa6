using Dapper;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    public static TheoryData<EntitySet, string, string, string> Failures => new()
    {
        { EntitySet.Observations, "foo eq 1", "filter.unknown-property", "char:0" },
        { EntitySet.Observations, "result gt 1 and Datastream/foo eq 1", "filter.unknown-property", "char:16" },
        { EntitySet.Observations, "Datastream eq 1", "filter.unknown-property", "char:0" },
        { EntitySet.Observations, "name eq 'x'", "filter.unknown-property", "char:0" },
        { EntitySet.Things, "result gt 1", "filter.unknown-property", "char:0" },
        { EntitySet.Things, "properties eq 'x'", "filter.unknown-property", "char:0" },
        { EntitySet.Things, "name/first eq 'x'", "filter.unknown-property", "char:0" },
        { EntitySet.Datastreams, "unitOfMeasurement eq 'x'", "filter.unknown-property", "char:0" },
        { EntitySet.Datastreams, "unitOfMeasurement/foo eq 'x'", "filter.unknown-property", "char:0" },
        { EntitySet.Things, "name eq 1", "filter.type-mismatch", "char:5" },
        { EntitySet.Things, "name eq true", "filter.type-mismatch", "char:5" },
        { EntitySet.Things, "name add 1 eq 2", "filter.type-mismatch", "char:5" },
        { EntitySet.Things, "length(name)", "filter.type-mismatch", "char:0" },
        { EntitySet.Things, "substringof(1, name)", "filter.type-mismatch", "char:12" },
        { EntitySet.Observations, "result add 1", "filter.type-mismatch", "char:7" },
        { EntitySet.Observations, "phenomenonTime gt 'yesterday'", "filter.type-mismatch", "char:15" },
        { EntitySet.Observations, "result eq parameters/rssi", "filter.type-mismatch", "char:7" },
        { EntitySet.Observations, "result gt null", "filter.type-mismatch", "char:7" },
        { EntitySet.Observations, "result lt true", "filter.type-mismatch", "char:7" },
        { EntitySet.Observations, "year(result) eq 2026", "filter.type-mismatch", "char:5" },
        { EntitySet.Observations, "phenomenonTime add 1 gt now()", "filter.type-mismatch", "char:15" },
        { EntitySet.Locations, "location eq geography'POINT(1 2)'", "filter.type-mismatch", "char:9" },
        { EntitySet.Locations, "geo.distance(name, location) lt 1", "filter.type-mismatch", "char:13" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Translate_InvalidFilter_ReturnsCodeAndPointer(EntitySet entity, string filter, string code, string pointer)
    {
        var translated = translator.Translate(FilterParser.Parse(filter).Value, entity);

        Assert.False(translated.IsSuccess);
        var issue = Assert.Single(translated.Issues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
    }

    [Theory]
    [InlineData("name eq 'x'' OR 1=1 --'")]
    [InlineData("name eq '''; DELETE FROM observations; --'")]
    [InlineData("properties/owner eq 'x'')::text; DROP TABLE things; --'")]
    [InlineData("substringof(''');DROP TABLE things;--', name)")]
    public async Task Translate_InjectionInStringLiteral_IsOnlyAValue(string filter)
    {
        var world = await FilteredWorld.CreateAsync(database.DataSource);

        var fragment = Translate(EntitySet.Things, filter);
        var matched = await MatchAsync(world, EntitySet.Things, filter);

        Assert.Equal("", matched);
        Assert.DoesNotContain("'x'", fragment.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DROP", fragment.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE", fragment.Sql, StringComparison.Ordinal);
        Assert.Contains(fragment.Parameters, parameter => parameter.Value is string text && text.Contains("--", StringComparison.Ordinal));
        await using var connection = await database.DataSource.OpenConnectionAsync();
        Assert.Equal(5, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM observations WHERE tenant_id = @TenantId", new { TenantId = world.Tenant.Value }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM things WHERE tenant_id = @TenantId", new { TenantId = world.Tenant.Value }));
    }

    [Fact]
    public void Translate_JsonKeys_AreParameters()
    {
        var fragment = Translate(EntitySet.Things, "properties/owner eq 'Ville'");

        Assert.DoesNotContain("owner", fragment.Sql, StringComparison.Ordinal);
        Assert.Equal(["owner", "Ville"], fragment.Parameters.Select(parameter => parameter.Value));
        Assert.Equal(["p0", "p1"], fragment.Parameters.Select(parameter => parameter.Name));
    }

    [Fact]
    public void Translate_CustomAliasAndPrefix_AreUsed()
    {
        var fragment = translator.Translate(
            FilterParser.Parse("Datastream/name eq 'a'").Value, EntitySet.Observations, "o", "f").Value;

        Assert.Contains("o.datastream_id", fragment.Sql, StringComparison.Ordinal);
        Assert.Contains("@f0", fragment.Sql, StringComparison.Ordinal);
        Assert.Contains("f_j1", fragment.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_AliasThatIsNotAnIdentifier_Throws()
    {
        var filter = FilterParser.Parse("name eq 'a'").Value;

        Assert.Throws<ArgumentException>(() => translator.Translate(filter, EntitySet.Things, "t; DROP TABLE things"));
    }
}
