using System.Collections.Concurrent;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>
/// Builds the codec of a device model (built-in layout, registered layout, sandboxed JavaScript, network decoding),
/// once per registered model: a script is parsed at its first message, then reused.
/// </summary>
public sealed class DeviceCodecs(CodecCatalogue catalogue, DecodeUplinkLimits limits)
{
    private readonly ConcurrentDictionary<(TenantId Tenant, string Model, DateTimeOffset CreatedAt), Result<IPayloadCodec>> cache = new();

    /// <summary>The codec of a registered model, built at its first use.</summary>
    public Result<IPayloadCodec> For(DeviceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return cache.GetOrAdd(
            (model.TenantId, model.Model, model.CreatedAt),
            _ => Build(model.Model, model.CodecKind, model.CodecSource));
    }

    /// <summary>Builds a codec from its kind and source; issues point at <c>/codec</c>.</summary>
    public Result<IPayloadCodec> Build(string model, CodecKind kind, string? source)
    {
        ArgumentNullException.ThrowIfNull(model);
        switch (kind)
        {
            case CodecKind.BuiltIn:
                return catalogue.Find(model) is { } builtIn
                    ? Result.Success(builtIn)
                    : Result.Failure<IPayloadCodec>(
                        IngestionIssues.NoBuiltInCodec("/model", model, string.Join(", ", catalogue.Models)));
            case CodecKind.Network:
                return Result.Success<IPayloadCodec>(NetworkDecodedCodec.Instance);
            case CodecKind.ByteLayout when source is not null:
                var layout = ByteLayout.FromYaml(source);
                return layout.IsSuccess
                    ? Result.Success<IPayloadCodec>(new ByteLayoutCodec(layout.Value))
                    : Result.Failure<IPayloadCodec>(layout.Issues);
            case CodecKind.JavaScript when source is not null:
                var script = DecodeUplinkCodec.Create(source, limits);
                return script.IsSuccess
                    ? Result.Success<IPayloadCodec>(script.Value)
                    : Result.Failure<IPayloadCodec>(script.Issues);
            default:
                return Result.Failure<IPayloadCodec>(IngestionIssues.MissingCodecSource("/source"));
        }
    }
}
