using System.Globalization;
using OpenTerritoire.Api.Identity;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Api.Tenancy;

/// <summary>
/// The admin of a provider tenant records what it shares with a consumer tenant; both sides' readers list them.
/// The consumer may be any tenant (codes are public on the portal); creation is audited under the provider.
/// </summary>
public sealed class SharingAgreementAdministration(
    SharingAgreementStore agreements, TenantStore tenants, TenantAccess access, AuditTrail audit)
{
    private const int MaximumPurposeLength = 2000;

    public async Task<Result<SharingAgreement>> CreateAsync(
        Caller caller, SharingAgreementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var provider = await access.ResolveAsync(caller.Principal, request.Provider, TokenScope.Admin, "/provider", cancellationToken);
        if (!provider.IsSuccess)
        {
            return Result.Failure<SharingAgreement>(provider.Issues);
        }

        var issues = new List<Issue>();
        Tenant? consumer = null;
        if (string.IsNullOrEmpty(request.Consumer))
        {
            issues.Add(TenancyIssues.Required("/consumer"));
        }
        else
        {
            consumer = TenantRules.IsCode(request.Consumer)
                ? await tenants.FindByCodeAsync(request.Consumer, cancellationToken)
                : null;
            if (consumer is null)
            {
                issues.Add(TenancyIssues.TenantNotFound("/consumer", request.Consumer));
            }
            else if (consumer.Id == provider.Value.Id)
            {
                issues.Add(TenancyIssues.SameProviderAndConsumer("/consumer"));
            }
        }

        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            issues.Add(TenancyIssues.Required("/purpose"));
        }
        else if (request.Purpose.Length > MaximumPurposeLength)
        {
            issues.Add(TenancyIssues.TooLong("/purpose", MaximumPurposeLength));
        }

        var datastreams = request.DatastreamIds ?? [];
        var datasets = request.DatasetIds ?? [];
        if (datastreams.Count + datasets.Count == 0)
        {
            issues.Add(TenancyIssues.NothingShared("/datastreamIds"));
        }

        var startsOn = ParseDate(request.StartsOn, "/startsOn", required: true, issues);
        var endsOn = ParseDate(request.EndsOn, "/endsOn", required: false, issues);
        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            issues.Add(TenancyIssues.EndsBeforeStart("/endsOn"));
        }

        if (issues.Count > 0)
        {
            return Result.Failure<SharingAgreement>(issues);
        }

        // Every field was checked above: the consumer and the start date are set.
        var agreement = new SharingAgreement(
            default, provider.Value.Id, consumer!.Id,
            datastreams.Distinct().Select(id => new DatastreamId(id)).ToList(),
            datasets.Distinct().Select(id => new DatasetId(id)).ToList(),
            request.Purpose!.Trim(), startsOn!.Value, endsOn, default, caller.Principal.Actor);
        var stored = await agreements.AppendAsync(provider.Value.Id, agreement, cancellationToken);
        if (stored.IsSuccess)
        {
            await audit.RecordAsync(
                caller, provider.Value.Id, AuditActions.SharingAgreementCreate, "sharing-agreement",
                stored.Value.Id.ToString(),
                new { consumer = consumer.Code, datastreamIds = datastreams, datasetIds = datasets, startsOn, endsOn },
                cancellationToken);
        }

        return stored;
    }

    public async Task<Result<IReadOnlyList<SharingAgreement>>> ListAsync(
        Principal principal, string? tenantCode, CancellationToken cancellationToken)
    {
        var tenant = await access.ResolveAsync(principal, tenantCode, TokenScope.Read, "query:tenant", cancellationToken);
        return tenant.IsSuccess
            ? Result.Success(await agreements.ListAsync(tenant.Value.Id, cancellationToken))
            : Result.Failure<IReadOnlyList<SharingAgreement>>(tenant.Issues);
    }

    private static DateOnly? ParseDate(string? text, string pointer, bool required, List<Issue> issues)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                issues.Add(TenancyIssues.Required(pointer));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(TenancyIssues.InvalidDate(pointer, text));
        return null;
    }
}
