namespace OpenTerritoire.Schemas.Compilation;

/// <summary>One step of the instance location: a property name or an array index.</summary>
internal readonly record struct PathSegment(string? Name, int Index);
