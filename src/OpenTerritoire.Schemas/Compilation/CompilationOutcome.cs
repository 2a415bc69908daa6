namespace OpenTerritoire.Schemas.Compilation;

/// <summary>What compiling a JSON Schema gave: a root node, or the keywords that forced the NJsonSchema fallback.</summary>
internal sealed record CompilationOutcome(SchemaNode? Root, IReadOnlyList<string> UnsupportedKeywords);
