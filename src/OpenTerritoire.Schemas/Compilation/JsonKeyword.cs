using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>One compiled keyword of a schema; validates a value and reports through the state.</summary>
/// <remarks>
/// Two ways in: over a parsed <see cref="JsonElement"/>, and straight over a <see cref="Utf8JsonReader"/> for
/// keywords that can judge a value in one forward pass (<see cref="Streams"/>), which spares building a document.
/// </remarks>
internal abstract class JsonKeyword
{
    /// <summary>True when <see cref="ValidateReader"/> is implemented.</summary>
    public virtual bool Streams => false;

    /// <summary>True when the keyword reads through an object or array (the reader ends on its closing token).</summary>
    public virtual bool ConsumesContainers => false;

    public abstract void Validate(JsonElement value, JsonValidationState state);

    /// <summary>Validates the value the reader is on; only keywords that consume containers may move the reader.</summary>
    public virtual void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state) =>
        throw new NotSupportedException(GetType().Name + " validates parsed values only.");
}
