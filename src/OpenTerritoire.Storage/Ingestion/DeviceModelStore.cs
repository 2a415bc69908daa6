using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>The device models of a tenant, with their codec and mapping.</summary>
public sealed class DeviceModelStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        tenant_id, model, codec_kind, codec_source, examples::text AS examples, mapping::text AS mapping, created_at
        """;

    private const string InsertSql = $"""
        INSERT INTO device_models (tenant_id, model, codec_kind, codec_source, examples, mapping)
        VALUES (@TenantId, @Model, @CodecKind, @CodecSource, @Examples::jsonb, @Mapping::jsonb)
        ON CONFLICT (tenant_id, model) DO NOTHING
        RETURNING {Columns}
        """;

    private const string SelectByModelSql = $"""
        SELECT {Columns}
        FROM device_models
        WHERE tenant_id = @TenantId
          AND model = @Model
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM device_models
        WHERE tenant_id = @TenantId
        ORDER BY model
        """;

    /// <summary>Registers a model; <c>store.duplicate-model</c> when the tenant already has one with that id.</summary>
    public async Task<Result<DeviceModel>> AppendAsync(TenantId tenant, DeviceModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        TenantGuard.EnsureSame(tenant, model.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeviceModelRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                model.Model,
                CodecKind = CodecKindNames.ToName(model.CodecKind),
                model.CodecSource,
                Examples = JsonColumn.ToText(model.Examples),
                Mapping = JsonColumn.ToText(model.Mapping),
            },
            cancellationToken: cancellationToken));
        return row is null
            ? Result.Failure<DeviceModel>(StorageIssues.DuplicateModel("/model", model.Model))
            : Result.Success(row.ToDeviceModel());
    }

    public async Task<DeviceModel?> FindAsync(TenantId tenant, string model, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeviceModelRow>(new CommandDefinition(
            SelectByModelSql, new { TenantId = tenant.Value, Model = model }, cancellationToken: cancellationToken));
        return row?.ToDeviceModel();
    }

    public async Task<IReadOnlyList<DeviceModel>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeviceModelRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDeviceModel()).ToList();
    }

    private sealed class DeviceModelRow
    {
        public long TenantId { get; init; }

        public string Model { get; init; } = string.Empty;

        public string CodecKind { get; init; } = string.Empty;

        public string? CodecSource { get; init; }

        public string? Examples { get; init; }

        public string Mapping { get; init; } = "{}";

        public DateTimeOffset CreatedAt { get; init; }

        public DeviceModel ToDeviceModel() => new(
            new TenantId(TenantId),
            Model,
            CodecKindNames.TryParse(CodecKind, out var kind) ? kind : throw new InvalidDataException($"Bad codec kind '{CodecKind}'."),
            CodecSource,
            JsonColumn.FromText(Examples),
            JsonColumn.FromText(Mapping) ?? default,
            CreatedAt);
    }
}
