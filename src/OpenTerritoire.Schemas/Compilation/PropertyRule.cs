using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>One property an object schema knows: its subschema, whether it is required, and its <c>x-requiredWhen</c>.</summary>
internal sealed record PropertyRule(string Name, SchemaNode? Node, bool Required, RequiredWhen? RequiredWhen);
