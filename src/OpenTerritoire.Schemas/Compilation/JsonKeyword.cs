using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>One compiled keyword of a schema; validates a value and reports through the state.</summary>
internal abstract class JsonKeyword
{
    public abstract void Validate(JsonElement value, JsonValidationState state);
}
