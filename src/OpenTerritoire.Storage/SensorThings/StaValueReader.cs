using System.Data.Common;
using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>Reads one property's columns from a row into its typed value (see <see cref="StaEntity.Values"/>).</summary>
internal static class StaValueReader
{
    /// <summary>Reads the columns of <paramref name="property"/> from <paramref name="ordinal"/> on, and moves past them.</summary>
    public static object? Read(DbDataReader reader, ref int ordinal, StaProperty property)
    {
        var first = ordinal;
        ordinal += property.ReadExpressions.Count;
        return property.Kind switch
        {
            StaValueKind.Text => reader.IsDBNull(first) ? null : reader.GetString(first),
            StaValueKind.Json => reader.IsDBNull(first) ? null : Json(reader.GetString(first)),
            StaValueKind.Geometry => reader.IsDBNull(first) ? null : reader.GetFieldValue<Geometry>(first),
            StaValueKind.Instant => Instant(reader, first),
            StaValueKind.Interval => Instant(reader, first) is { } start
                ? new TimeInterval(start, Instant(reader, first + 1))
                : null,
            StaValueKind.Unit => new UnitOfMeasurement(
                Text(reader, first), Text(reader, first + 1), Text(reader, first + 2)),
            StaValueKind.Result => Result(reader, first),
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Kind, "Unknown value kind."),
        };
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(ordinal).ToUniversalTime(), TimeSpan.Zero);

    private static ObservationResult Result(DbDataReader reader, int first) =>
        (ObservationResultKind)reader.GetInt16(first) switch
        {
            ObservationResultKind.Number => ObservationResult.FromNumber(reader.GetDouble(first + 1)),
            ObservationResultKind.Boolean => ObservationResult.FromBoolean(reader.GetBoolean(first + 2)),
            ObservationResultKind.Text => ObservationResult.FromText(reader.GetString(first + 3)),
            ObservationResultKind.Json => ObservationResult.FromJson(Json(reader.GetString(first + 4))),
            _ => ObservationResult.Null,
        };
}
