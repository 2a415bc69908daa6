using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>$ref</c>: validates against the referenced node, compiled once and shared by every reference.</summary>
internal sealed class RefKeyword(SchemaNode target) : JsonKeyword
{
    public override bool Streams => true;

    public override bool ConsumesContainers => true;

    public override void Validate(JsonElement value, JsonValidationState state) => target.Validate(value, state);

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state) =>
        target.ValidateReader(ref reader, state);
}
