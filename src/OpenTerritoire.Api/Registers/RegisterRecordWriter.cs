using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Storage.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// Creates and updates records: the document is validated against its transparency schema by the validation engine,
/// then stored as a new version. The API and the CLI share it.
/// </summary>
public sealed class RegisterRecordWriter(
    RegisterSchemas schemas, DocumentValidator validator, RegisterRecordStore store, TimeProvider time,
    ILogger<RegisterRecordWriter> logger)
{
    /// <summary>Creates a draft record from a valid document.</summary>
    public async Task<Result<RegisterRecord>> CreateAsync(
        TenantId tenant, RegisterKind kind, RegisterWriteRequest request, string author, CancellationToken cancellationToken)
    {
        var write = await ValidateAsync(kind, request, author, cancellationToken);
        return Logged(write.IsSuccess
            ? await store.AppendAsync(tenant, write.Value, time.GetUtcNow(), cancellationToken)
            : Result.Failure<RegisterRecord>(write.Issues));
    }

    /// <summary>Stores a valid document as the record's next version.</summary>
    public async Task<Result<RegisterRecord>> UpdateAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, RegisterWriteRequest request, string author,
        CancellationToken cancellationToken)
    {
        var write = await ValidateAsync(kind, request, author, cancellationToken);
        return Logged(write.IsSuccess
            ? await store.AppendVersionAsync(tenant, id, write.Value, time.GetUtcNow(), cancellationToken)
            : Result.Failure<RegisterRecord>(write.Issues));
    }

    private Result<RegisterRecord> Logged(Result<RegisterRecord> result)
    {
        if (result.IsSuccess)
        {
            var record = result.Value;
            ApiLog.RegisterRecordWritten(
                logger, record.CurrentVersion, RegisterKindNames.ToName(record.Kind), record.Id.Value, record.TenantId.Value);
        }

        return result;
    }

    private async Task<Result<RegisterWrite>> ValidateAsync(
        RegisterKind kind, RegisterWriteRequest request, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = schemas.Reference(kind);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(request.Document));
        var report = await validator.ValidateAsync(reference, content, MediaType.Json, cancellationToken);
        if (!report.Valid)
        {
            // Pointers are into the request body, whose document sits under /document.
            return Result.Failure<RegisterWrite>(report.Errors.Select(entry => entry.ToIssue())
                .Select(issue => issue with { Pointer = "/document" + issue.Pointer }));
        }

        return Result.Success(RegisterDocumentFacts.ToWrite(kind, request.Document, reference.Version!, author, request.Dates));
    }
}
