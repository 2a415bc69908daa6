using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A registered device model (its source is not repeated).</summary>
public sealed record CodecView(string Model, string Kind, int Examples, JsonElement Mapping, DateTimeOffset CreatedAt)
{
    public static CodecView Of(DeviceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var examples = model.Examples is { ValueKind: JsonValueKind.Array } list ? list.GetArrayLength() : 0;
        return new(model.Model, CodecKindNames.ToName(model.CodecKind), examples, model.Mapping, model.CreatedAt);
    }
}
