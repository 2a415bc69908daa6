using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// A declarative description of a device's uplinks: per LoRaWAN port, fields by offset, type and transform, or a
/// channel/type (TLV) stream. Read once from YAML or JSON, then compiled into a <see cref="ByteLayoutCodec"/>.
/// </summary>
/// <param name="Model">The device model id, <c>vendor/model</c> (<c>nwave/nps405</c>).</param>
public sealed record ByteLayout(string Model, string? Name, IReadOnlyList<ByteLayoutPort> Ports)
{
    /// <summary>Reads a layout written in YAML; issues point into the layout.</summary>
    public static Result<ByteLayout> FromYaml(string yaml) =>
        LayoutDocument.FromYaml(yaml).Bind(ByteLayoutParser.Parse);

    /// <summary>Reads a layout written in JSON; issues point into the layout.</summary>
    public static Result<ByteLayout> FromJson(string json) =>
        LayoutDocument.FromJson(json).Bind(ByteLayoutParser.Parse);
}
