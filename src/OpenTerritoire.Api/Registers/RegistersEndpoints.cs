using OpenTerritoire.Api.Access;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Landing;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The management API of the transparency registers, <c>/api/registers/{sensors|algorithms}</c>: create, update (a
/// new version each time), history, diff, publish and retire, links, completeness; and the tenant's dashboard.
/// Writes need the <c>write</c> scope, reads <c>read</c>; everything is scoped to the caller's tenant.
/// </summary>
public static class RegistersEndpoints
{
    /// <summary>Registers everything the registers need: the record writer, the schema levels, the public face.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        services.AddSingleton<RegisterSchemas>();
        services.AddSingleton<RegisterRecordWriter>();
        services.AddSingleton(new LandingLink("registers-sensors", "/registers/sensors", "application/json",
            "Registre public des capteurs", "Public sensor register"));
        services.AddSingleton(new LandingLink("registers-algorithms", "/registers/algorithms", "application/json",
            "Registre public des algorithmes", "Public algorithm register"));
        return services.AddPublicRegisters();
    }

    public static RouteGroupBuilder MapRegisters(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/registers").WithTags("Registers");
        group.MapGet("/dashboard", GetDashboardAsync).WithName("GetRegisterDashboard");
        group.MapGet("/reports", ListReportsAsync).WithName("ListCitizenReports");
        group.MapGet("/{kind}", ListAsync).WithName("ListRegisterRecords");
        group.MapPost("/{kind}", CreateAsync).WithName("CreateRegisterRecord");
        group.MapGet("/{kind}/{id:long}", GetAsync).WithName("GetRegisterRecord");
        group.MapPut("/{kind}/{id:long}", UpdateAsync).WithName("UpdateRegisterRecord");
        group.MapGet("/{kind}/{id:long}/versions", ListVersionsAsync).WithName("ListRegisterRecordVersions");
        group.MapGet("/{kind}/{id:long}/versions/{version:int}", GetVersionAsync).WithName("GetRegisterRecordVersion");
        group.MapGet("/{kind}/{id:long}/diff", DiffAsync).WithName("DiffRegisterRecordVersions");
        group.MapPost("/{kind}/{id:long}/publish", PublishAsync).WithName("PublishRegisterRecord");
        group.MapPost("/{kind}/{id:long}/retire", RetireAsync).WithName("RetireRegisterRecord");
        group.MapGet("/{kind}/{id:long}/links", ListLinksAsync).WithName("ListRegisterLinks");
        group.MapPost("/{kind}/{id:long}/links", AddLinkAsync).WithName("AddRegisterLink");
        group.MapDelete("/{kind}/{id:long}/links", DeleteLinkAsync).WithName("DeleteRegisterLink");
        endpoints.MapPublicRegisters();
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<RegisterRecordView>>, ProblemHttpResult>> ListAsync(
        string kind, HttpContext context, RegisterRecordStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var today = Today(time);
        var records = await store.ListAsync(tenant, register, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RegisterRecordView>>(records.Select(record => RegisterRecordView.From(record, today)).ToList());
    }

    private static async Task<Results<Created<RegisterRecordView>, ProblemHttpResult>> CreateAsync(
        string kind, JsonElement body, HttpContext context, RegisterRecordWriter writer, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Write);
        var request = caller.Bind(_ => RegisterWriteRequest.Parse(body));
        if (!request.IsSuccess)
        {
            return ProblemMapping.ToProblem(request.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var created = await writer.CreateAsync(tenant, register, request.Value, CallerTenant.Actor(context), cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"/api/registers/{kind}/{created.Value.Id}", RegisterRecordView.From(created.Value, Today(time)))
            : ProblemMapping.ToProblem(created.Issues, context);
    }

    private static async Task<Results<Ok<RegisterRecordView>, ProblemHttpResult>> GetAsync(
        string kind, long id, HttpContext context, RegisterRecordStore store, RegisterLinkStore links,
        RegisterSchemas schemas, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var record = await store.FindAsync(tenant, register, new RegisterRecordId(id), cancellationToken);
        if (record is null)
        {
            return NotFound(id, context);
        }

        var today = Today(time);
        var linked = await links.ListAsync(tenant, register, record.Id, cancellationToken);
        return TypedResults.Ok(RegisterRecordView.From(record, today) with
        {
            Completeness = CompletenessScore.Compute(
                record.Document, schemas.Levels(register), linked.Count > 0, record.Dates.ReviewDate, today),
            Links = linked.Select(RegisterLinkView.From).ToList(),
        });
    }

    private static async Task<Results<Ok<RegisterRecordView>, ProblemHttpResult>> UpdateAsync(
        string kind, long id, JsonElement body, HttpContext context, RegisterRecordWriter writer, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Write);
        var request = caller.Bind(_ => RegisterWriteRequest.Parse(body));
        if (!request.IsSuccess)
        {
            return ProblemMapping.ToProblem(request.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var updated = await writer.UpdateAsync(
            tenant, register, new RegisterRecordId(id), request.Value, CallerTenant.Actor(context), cancellationToken);
        return updated.IsSuccess
            ? TypedResults.Ok(RegisterRecordView.From(updated.Value, Today(time)))
            : ProblemMapping.ToProblem(updated.Issues, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<RegisterVersionView>>, ProblemHttpResult>> ListVersionsAsync(
        string kind, long id, HttpContext context, RegisterRecordStore store, CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var versions = await store.ListVersionsAsync(tenant, register, new RegisterRecordId(id), cancellationToken);
        return versions.Count == 0
            ? NotFound(id, context)
            : TypedResults.Ok<IReadOnlyList<RegisterVersionView>>(versions.Select(RegisterVersionView.From).ToList());
    }

    private static async Task<Results<Ok<RegisterVersionView>, ProblemHttpResult>> GetVersionAsync(
        string kind, long id, int version, HttpContext context, RegisterRecordStore store, CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var found = await store.FindVersionAsync(tenant, register, new RegisterRecordId(id), version, cancellationToken);
        return found is null
            ? ProblemMapping.ToProblem([RegisterIssues.VersionNotFound(version)], context)
            : TypedResults.Ok(RegisterVersionView.From(found));
    }

    private static async Task<Results<Ok<RegisterDiffView>, ProblemHttpResult>> DiffAsync(
        string kind, long id, int from, int to, HttpContext context, RegisterRecordStore store,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var versions = await store.ListVersionsAsync(tenant, register, new RegisterRecordId(id), cancellationToken);
        var before = versions.FirstOrDefault(version => version.Version == from);
        var after = versions.FirstOrDefault(version => version.Version == to);
        if (versions.Count == 0)
        {
            return NotFound(id, context);
        }

        if (before is null || after is null)
        {
            return ProblemMapping.ToProblem([RegisterIssues.VersionNotFound(before is null ? from : to)], context);
        }

        return TypedResults.Ok(new RegisterDiffView(from, to, DocumentDiff.Compute(before.Document, after.Document)));
    }

    private static Task<Results<Ok<RegisterRecordView>, ProblemHttpResult>> PublishAsync(
        string kind, long id, HttpContext context, RegisterRecordStore store, TimeProvider time,
        CancellationToken cancellationToken) =>
        MoveAsync(kind, id, RecordLifecycle.Published, context, store, time, cancellationToken);

    private static Task<Results<Ok<RegisterRecordView>, ProblemHttpResult>> RetireAsync(
        string kind, long id, HttpContext context, RegisterRecordStore store, TimeProvider time,
        CancellationToken cancellationToken) =>
        MoveAsync(kind, id, RecordLifecycle.Retired, context, store, time, cancellationToken);

    private static async Task<Results<Ok<RegisterRecordView>, ProblemHttpResult>> MoveAsync(
        string kind, long id, RecordLifecycle target, HttpContext context, RegisterRecordStore store, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Write);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var moved = await store.SetLifecycleAsync(tenant, register, new RegisterRecordId(id), target, time.GetUtcNow(), cancellationToken);
        return moved.IsSuccess
            ? TypedResults.Ok(RegisterRecordView.From(moved.Value, Today(time)))
            : ProblemMapping.ToProblem(moved.Issues, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<RegisterLinkView>>, ProblemHttpResult>> ListLinksAsync(
        string kind, long id, HttpContext context, RegisterRecordStore store, RegisterLinkStore links,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Read);
        if (!caller.IsSuccess)
        {
            return ProblemMapping.ToProblem(caller.Issues, context);
        }

        var (tenant, register) = caller.Value;
        if (await store.FindAsync(tenant, register, new RegisterRecordId(id), cancellationToken) is null)
        {
            return NotFound(id, context);
        }

        var linked = await links.ListAsync(tenant, register, new RegisterRecordId(id), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RegisterLinkView>>(linked.Select(RegisterLinkView.From).ToList());
    }

    private static async Task<Results<Ok<RegisterLinkView>, ProblemHttpResult>> AddLinkAsync(
        string kind, long id, RegisterLinkView body, HttpContext context, RegisterLinkStore links,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Write);
        var link = caller.Bind(_ => body.ToLink());
        if (!link.IsSuccess)
        {
            return ProblemMapping.ToProblem(link.Issues, context);
        }

        var (tenant, register) = caller.Value;
        var added = await links.AppendAsync(tenant, register, new RegisterRecordId(id), link.Value, cancellationToken);
        return added.IsSuccess ? TypedResults.Ok(RegisterLinkView.From(added.Value)) : ProblemMapping.ToProblem(added.Issues, context);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteLinkAsync(
        string kind, long id, string role, string target, long targetId, HttpContext context, RegisterLinkStore links,
        CancellationToken cancellationToken)
    {
        var caller = Caller(context, kind, CallerTenant.Write);
        var link = caller.Bind(_ => new RegisterLinkView(role, target, targetId).ToLink());
        if (!link.IsSuccess)
        {
            return ProblemMapping.ToProblem(link.Issues, context);
        }

        var (tenant, _) = caller.Value;
        return await links.DeleteAsync(tenant, new RegisterRecordId(id), link.Value, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemMapping.ToProblem([RegisterIssues.LinkTargetNotFound(link.Value)], context);
    }

    private static async Task<Results<Ok<RegisterDashboard>, ProblemHttpResult>> GetDashboardAsync(
        HttpContext context, RegisterRecordStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, CallerTenant.Read);
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var records = await store.ListAsync(tenant.Value, null, cancellationToken);
        return TypedResults.Ok(RegisterDashboard.Compute(records, Today(time)));
    }

    private static async Task<Results<Ok<IReadOnlyList<CitizenReportView>>, ProblemHttpResult>> ListReportsAsync(
        HttpContext context, CitizenReportStore reports, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, CallerTenant.Read);
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var listed = await reports.ListAsync(tenant.Value, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CitizenReportView>>(listed.Select(CitizenReportView.From).ToList());
    }

    private static Result<(TenantId Tenant, RegisterKind Kind)> Caller(HttpContext context, string kind, string scope) =>
        CallerTenant.Resolve(context, scope).Bind(tenant => RegisterKindNames.TryParsePathSegment(kind, out var register)
            ? Result.Success((tenant, register))
            : Result.Failure<(TenantId, RegisterKind)>(RegisterIssues.RecordNotFound(kind)));

    private static ProblemHttpResult NotFound(long id, HttpContext context) =>
        ProblemMapping.ToProblem([RegisterIssues.RecordNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture))], context);

    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
