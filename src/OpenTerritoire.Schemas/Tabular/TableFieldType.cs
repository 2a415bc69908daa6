namespace OpenTerritoire.Schemas.Tabular;

/// <summary>The frictionless Table Schema field types the validator reads.</summary>
public enum TableFieldType
{
    String,
    Number,
    Integer,
    Boolean,
    Date,
    Datetime,
    Time,
    Year,
    YearMonth,
    Duration,
    Geopoint,
    Object,
    Array,
    Any,
}
