using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Storage.Registers;
using QRCoder;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// What residents see and do: the French legal pages of an algorithm (mention explicite, explanation request,
/// inventory), a sensor's QR code and DTPR-style labels, and the report form (rate-limited, no personal data).
/// </summary>
public static class CitizenFacingEndpoints
{
    /// <summary>The rate-limiter policy of the report form.</summary>
    public const string ReportPolicy = "citizen-reports";

    /// <summary>Reports accepted per client address and minute.</summary>
    public const int ReportsPerMinute = 5;

    private const string Html = "text/html; charset=utf-8";

    public static IServiceCollection AddCitizenFacing(this IServiceCollection services)
    {
        services.AddSingleton<CitizenReportIntake>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(ReportPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = ReportsPerMinute, Window = TimeSpan.FromMinutes(1) }));

            // The host's rejection handler (RateLimitPolicies) answers every policy: 429 problem+json with Retry-After.
        });
        return services;
    }

    public static void MapCitizenFacing(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/algorithms/inventaire", InventoryAsync).WithName("GetAlgorithmInventory");
        group.MapGet("/algorithms/{id:long}/mention-explicite", MentionAsync).WithName("GetMentionExplicite");
        group.MapGet("/algorithms/{id:long}/demande-explication", ExplanationAsync).WithName("GetExplanationRequestPage");
        group.MapGet("/algorithms/{id:long}/export/nl-algoritmeregister", DutchExportAsync).WithName("GetAlgorithmDutchExport");
        group.MapGet("/algorithms/{id:long}/export/atrs", AtrsExportAsync).WithName("GetAlgorithmAtrsExport");
        group.MapGet("/sensors/{id:long}/qr.svg", QrSvgAsync).WithName("GetSensorQrSvg");
        group.MapGet("/sensors/{id:long}/qr.png", QrPngAsync).WithName("GetSensorQrPng");
        group.MapGet("/sensors/{id:long}/labels", LabelsAsync).WithName("GetSensorLabels");
        group.MapPost("/reports", ReportAsync).WithName("CreateCitizenReport").RequireRateLimiting(ReportPolicy);
    }

    /// <summary>The QR code of a URL, the same for the SVG and PNG (error correction M, quiet zone kept).</summary>
    public static QRCodeData QrData(string url) => QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> InventoryAsync(
        string? tenant, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var today = RegistersEndpoints.Today(time);
        var baseUrl = PublicUrls.Base(context.Request);
        var records = await register.ListAsync(
            RegisterKind.Algorithm, PublicRegisterFilter.Any with { TenantCode = tenant }, today, cancellationToken);
        var views = records.Select(record => PublicRecordView.From(record, schemas, baseUrl, today)).ToList();
        return TypedResults.Content(AlgorithmLegalPages.Inventory(tenant, views, today), Html);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> MentionAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await FindDecisionAlgorithmAsync(id, context, register, schemas, time, cancellationToken);
        return found.View is { } view
            ? TypedResults.Content(AlgorithmLegalPages.MentionExplicite(view, view.Url + "/demande-explication"), Html)
            : found.Result!;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExplanationAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await FindDecisionAlgorithmAsync(id, context, register, schemas, time, cancellationToken);
        return found.View is { } view ? TypedResults.Content(AlgorithmLegalPages.ExplanationRequest(view), Html) : found.Result!;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DutchExportAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("algorithms", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view
            ? TypedResults.Content(AlgorithmRegisterExports.ToDutchStandard(view).ToJsonString(), "application/json; charset=utf-8")
            : found.Result!;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AtrsExportAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("algorithms", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view
            ? TypedResults.Content(AlgorithmRegisterExports.ToAtrs(view).ToJsonString(), "application/json; charset=utf-8")
            : found.Result!;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvgAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("sensors", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view
            ? TypedResults.Content(new SvgQRCode(QrData(view.Url)).GetGraphic(8), "image/svg+xml; charset=utf-8")
            : found.Result!;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPngAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("sensors", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view
            ? TypedResults.File(new PngByteQRCode(QrData(view.Url)).GetGraphic(8), "image/png")
            : found.Result!;
    }

    private static async Task<Results<Ok<IReadOnlyList<SensorLabel>>, ProblemHttpResult>> LabelsAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("sensors", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view ? TypedResults.Ok(SensorLabels.From(view)) : found.Result!;
    }

    private static async Task<Results<Created<CitizenReportView>, ProblemHttpResult>> ReportAsync(
        CitizenReportRequest request, HttpContext context, CitizenReportIntake intake, CancellationToken cancellationToken)
    {
        var received = await intake.ReceiveAsync(request, cancellationToken);
        return received.IsSuccess
            ? TypedResults.Created((string?)null, CitizenReportView.From(received.Value))
            : ProblemMapping.ToProblem(received.Issues, context);
    }

    // The legal pages exist only for algorithms that found individual decisions (CRPA L311-3-1).
    private static async Task<(PublicRecordView? View, ProblemHttpResult? Result)> FindDecisionAlgorithmAsync(
        long id, HttpContext context, PublishedRegister register, RegisterSchemas schemas, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await PublicRegistersEndpoints.FindAsync("algorithms", id, context, register, schemas, time, cancellationToken);
        return found.View is { } view && view.Text("foundsIndividualDecisions") != "true"
            ? (null, ProblemMapping.ToProblem([RegisterIssues.RecordNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture))], context))
            : found;
    }
}
