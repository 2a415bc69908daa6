using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Registers;

/// <summary>Reports residents send to a tenant about its sensors.</summary>
public sealed class CitizenReportStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, record_id, kind, message, location, created_at";

    private const string InsertSql = $"""
        INSERT INTO citizen_reports (tenant_id, record_id, kind, message, location, created_at)
        VALUES (@TenantId, @RecordId, @Kind, @Message, @Location, @CreatedAt)
        RETURNING {Columns}
        """;

    private const string SelectSql = $"""
        SELECT {Columns}
        FROM citizen_reports
        WHERE tenant_id = @TenantId
        ORDER BY created_at DESC, id DESC
        """;

    public async Task<CitizenReport> AppendAsync(TenantId tenant, CitizenReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        TenantGuard.EnsureSame(tenant, report.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ReportRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                RecordId = report.RecordId?.Value,
                Kind = CitizenReportKindNames.ToName(report.Kind),
                report.Message,
                report.Location,
                report.CreatedAt,
            },
            cancellationToken: cancellationToken));
        return row.ToReport();
    }

    /// <summary>The tenant's reports, newest first.</summary>
    public async Task<IReadOnlyList<CitizenReport>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            SelectSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToReport()).ToList();
    }

    private sealed class ReportRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public long? RecordId { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string Message { get; init; } = string.Empty;

        public Point? Location { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public CitizenReport ToReport() => new(
            Id, new TenantId(TenantId), RecordId is { } record ? new RegisterRecordId(record) : null,
            CitizenReportKindNames.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Bad report kind '{Kind}'."),
            Message, Location, CreatedAt);
    }
}
