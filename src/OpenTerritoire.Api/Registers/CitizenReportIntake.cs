using NetTopologySuite.Geometries;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Registers;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Api.Registers;

/// <summary>Checks a citizen report, finds the tenant it is for, and stores it.</summary>
public sealed class CitizenReportIntake(
    PublishedRegister published, TenantStore tenants, CitizenReportStore reports, TimeProvider time,
    ILogger<CitizenReportIntake> logger)
{
    /// <summary>The longest message kept; longer ones are refused rather than cut.</summary>
    public const int MaxMessageLength = 2000;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public async Task<Result<CitizenReport>> ReceiveAsync(CitizenReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issues = new List<Issue>();
        if (!CitizenReportKindNames.TryParse(request.Kind, out var kind))
        {
            issues.Add(RegisterIssues.BadReport("/kind", "kind must be problem, removal-request or unregistered-sensor",
                "kind doit valoir problem, removal-request ou unregistered-sensor"));
        }

        var message = request.Message?.Trim() ?? string.Empty;
        if (message.Length is 0 or > MaxMessageLength)
        {
            issues.Add(RegisterIssues.BadReport("/message", $"the message must have 1 to {MaxMessageLength} characters",
                $"le message doit compter de 1 à {MaxMessageLength} caractères"));
        }

        var hasPosition = request.Longitude is not null || request.Latitude is not null;
        if (hasPosition && (request.Longitude is not (>= -180 and <= 180) || request.Latitude is not (>= -90 and <= 90)))
        {
            issues.Add(RegisterIssues.BadReport("/longitude", "longitude and latitude go together, in WGS 84 degrees",
                "longitude et latitude vont ensemble, en degrés WGS 84"));
        }

        if (issues.Count > 0)
        {
            return Result.Failure<CitizenReport>(issues);
        }

        var target = await TargetAsync(request, cancellationToken);
        if (target is not { } found)
        {
            return Result.Failure<CitizenReport>(RegisterIssues.BadReport(
                request.RecordId is null ? "/tenant" : "/recordId",
                "give the id of a public sensor record, or the code of the territory",
                "indiquez l'identifiant d'une fiche capteur publiée, ou le code du territoire"));
        }

        var location = hasPosition ? Wgs84.CreatePoint(new Coordinate(request.Longitude!.Value, request.Latitude!.Value)) : null;
        var report = new CitizenReport(0, found.Tenant, found.Record, kind, message, location, time.GetUtcNow());
        var stored = await reports.AppendAsync(found.Tenant, report, cancellationToken);
        ApiLog.CitizenReportReceived(logger, CitizenReportKindNames.ToName(kind), stored.Id, found.Tenant.Value);
        return Result.Success(stored);
    }

    private async Task<(TenantId Tenant, RegisterRecordId? Record)?> TargetAsync(
        CitizenReportRequest request, CancellationToken cancellationToken)
    {
        if (request.RecordId is { } id)
        {
            var record = await published.FindAsync(
                RegisterKind.Sensor, new RegisterRecordId(id), RegistersEndpoints.Today(time), cancellationToken);
            return record is null ? null : (record.Record.TenantId, record.Record.Id);
        }

        var tenant = string.IsNullOrWhiteSpace(request.Tenant) ? null : await tenants.FindByCodeAsync(request.Tenant, cancellationToken);
        return tenant is null ? null : (tenant.Id, null);
    }
}
