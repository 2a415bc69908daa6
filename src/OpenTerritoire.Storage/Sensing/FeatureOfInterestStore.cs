using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>FeaturesOfInterest of a tenant.</summary>
public sealed class FeatureOfInterestStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, tenant_id, name, description, encoding_type, feature, properties::text AS properties";

    private const string InsertSql = $"""
        INSERT INTO features_of_interest (tenant_id, name, description, encoding_type, feature, properties)
        VALUES (@TenantId, @Name, @Description, @EncodingType, @Feature, @Properties::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM features_of_interest
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    /// <summary>Stores a new FeatureOfInterest; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<FeatureOfInterest> AppendAsync(
        TenantId tenant, FeatureOfInterest feature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feature);
        TenantGuard.EnsureSame(tenant, feature.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<FeatureOfInterestRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                feature.Name,
                feature.Description,
                feature.EncodingType,
                feature.Feature,
                Properties = JsonColumn.ToText(feature.Properties),
            },
            cancellationToken: cancellationToken));
        return row.ToFeatureOfInterest();
    }

    public async Task<FeatureOfInterest?> FindAsync(
        TenantId tenant, FeatureOfInterestId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeatureOfInterestRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToFeatureOfInterest();
    }

    private sealed class FeatureOfInterestRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string EncodingType { get; init; } = string.Empty;

        public Geometry Feature { get; init; } = Point.Empty;

        public string? Properties { get; init; }

        public FeatureOfInterest ToFeatureOfInterest() => new(
            new FeatureOfInterestId(Id), new TenantId(TenantId), Name, Description, EncodingType, Feature,
            JsonColumn.FromText(Properties));
    }
}
