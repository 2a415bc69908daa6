namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A property with named members stored in columns (<c>unitOfMeasurement/symbol</c> → <c>unit_symbol</c>).
/// </summary>
public sealed record ComplexProperty(IReadOnlyDictionary<string, ColumnProperty> Members) : PropertyMapping;
