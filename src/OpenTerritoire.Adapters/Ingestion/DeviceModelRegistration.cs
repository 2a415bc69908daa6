using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Mappings;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>
/// Checks a device model before it is registered: its codec builds, reproduces every example its vendor published,
/// and its mapping reads and targets a schema of the registry. A model that fails any of these is refused, with
/// every failing example listed.
/// </summary>
public sealed class DeviceModelRegistration(DeviceCodecs codecs, SchemaRegistry schemas, TimeProvider time)
{
    public Result<DeviceModel> Check(
        TenantId tenant, string model, CodecKind kind, string? source, JsonElement? examples, JsonElement mapping)
    {
        ArgumentNullException.ThrowIfNull(model);
        var issues = new List<Issue>();
        var parsed = RecordMappingParser.Parse(mapping);
        if (!parsed.IsSuccess)
        {
            issues.AddRange(parsed.Issues.Select(issue => issue with { Pointer = "/mapping" + issue.Pointer }));
        }
        else if (schemas.Find(new SchemaRef(parsed.Value.SchemaId, parsed.Value.SchemaVersion)) is { IsSuccess: false } missing)
        {
            issues.AddRange(missing.Issues.Select(issue => issue with { Pointer = "/mapping/schema" }));
        }

        var codec = codecs.Build(model, kind, source);
        if (!codec.IsSuccess)
        {
            issues.AddRange(codec.Issues);
        }
        else if (examples is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given)
        {
            var read = CodecExample.ListFromJson(given);
            if (!read.IsSuccess)
            {
                issues.AddRange(read.Issues.Select(issue => issue with { Pointer = "/examples" + issue.Pointer }));
            }
            else if (CodecRegistration.Verify(codec.Value, read.Value) is { IsSuccess: false } failed)
            {
                issues.AddRange(failed.Issues);
            }
        }

        return issues.Count > 0
            ? Result.Failure<DeviceModel>(issues)
            : Result.Success(new DeviceModel(tenant, model, kind, source, examples?.Clone(), mapping.Clone(), time.GetUtcNow()));
    }
}
