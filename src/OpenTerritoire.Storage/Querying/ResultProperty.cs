namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// An observation's result, stored typed (<c>result_number</c>, <c>result_boolean</c>, <c>result_string</c>,
/// <c>result_json</c>): the column is chosen by the type of what it is compared with, as STA 18-088 §9.3.3.5.1
/// asks (string comparison when the literal is a string).
/// </summary>
public sealed record ResultProperty(string NumberColumn, string StringColumn, string BooleanColumn, string JsonColumn)
    : PropertyMapping;
