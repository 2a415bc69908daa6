namespace OpenTerritoire.Schemas.Compilation;

/// <summary>What compiling a JSON Schema gave: a root node, or the keywords that forced the NJsonSchema fallback.</summary>
/// <param name="Streams">False when a keyword needs the whole record (<c>x-requiredWhen</c> reads another property).</param>
internal sealed record CompilationOutcome(SchemaNode? Root, IReadOnlyList<string> UnsupportedKeywords, bool Streams = true);
