namespace OpenTerritoire.Schemas.Registry;

/// <summary>The language a schema is written in, which decides the validator and the media types it reads.</summary>
public enum SchemaKind
{
    /// <summary>JSON Schema draft 2020-12, validating JSON documents, arrays of records and JSON Lines.</summary>
    JsonSchema,

    /// <summary>Frictionless Table Schema, validating CSV files.</summary>
    TableSchema,
}
