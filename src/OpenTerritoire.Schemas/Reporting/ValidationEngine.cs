namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Which validator produced a report.</summary>
public enum ValidationEngine
{
    /// <summary>The JSON Schema compiled into validator objects by <c>JsonSchemaCompiler</c>.</summary>
    Compiled,

    /// <summary>NJsonSchema's validator, used when a schema has a keyword the compiler does not know.</summary>
    NJsonSchema,

    /// <summary>The streaming Table Schema validator for CSV.</summary>
    Table,

    /// <summary>No validator ran (unknown schema, wrong media type).</summary>
    None,
}
