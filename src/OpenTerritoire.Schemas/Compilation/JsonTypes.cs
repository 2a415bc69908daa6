namespace OpenTerritoire.Schemas.Compilation;

/// <summary>The JSON Schema primitive types, as a set.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    Integer = 32,
    String = 64,
}
