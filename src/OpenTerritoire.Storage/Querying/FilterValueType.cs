namespace OpenTerritoire.Storage.Querying;

/// <summary>The types a filter operand can have once translated to SQL.</summary>
public enum FilterValueType
{
    Number,
    String,
    Boolean,
    DateTime,
    Date,
    TimeOfDay,
    Duration,
    Geometry,
}
