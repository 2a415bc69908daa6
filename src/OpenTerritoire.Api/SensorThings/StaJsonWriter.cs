using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// Writes SensorThings JSON (STA 18-088 §9.2): entities with <c>@iot.id</c>, <c>@iot.selfLink</c> and
/// <c>…@iot.navigationLink</c>, collections with <c>value</c>, <c>@iot.count</c> and <c>@iot.nextLink</c>, geometries
/// as GeoJSON, times as ISO 8601 instants or <c>start/end</c> intervals.
/// </summary>
internal static class StaJsonWriter
{
    /// <summary>
    /// Marks an <c>@iot.count</c> that is the planner's estimate (a collection above the exact-count limit); an
    /// OpenTerritoire annotation, absent when the count is exact.
    /// </summary>
    public const string CountEstimatedAnnotation = "@iot.countEstimated";

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void WriteCollection(Utf8JsonWriter writer, StaPage page, StaLinks links, string collection)
    {
        writer.WriteStartObject();
        WriteCount(writer, "@iot.count", page.Count, page.CountEstimated);
        if (page.HasMore)
        {
            writer.WriteString("@iot.nextLink", StaLinks.Next(collection, page.Plan));
        }

        writer.WriteStartArray("value");
        foreach (var entity in page.Entities)
        {
            WriteEntity(writer, entity, page.Plan, links);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Entity references (<c>$ref</c>): the self links only.</summary>
    public static void WriteReferences(Utf8JsonWriter writer, StaPage page, StaLinks links, string collection)
    {
        writer.WriteStartObject();
        WriteCount(writer, "@iot.count", page.Count, page.CountEstimated);
        if (page.HasMore)
        {
            writer.WriteString("@iot.nextLink", StaLinks.Next(collection, page.Plan));
        }

        writer.WriteStartArray("value");
        foreach (var entity in page.Entities)
        {
            WriteReference(writer, entity, page.Plan.Type, links);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteReference(Utf8JsonWriter writer, StaEntity entity, StaEntityType type, StaLinks links)
    {
        writer.WriteStartObject();
        writer.WriteString("@iot.selfLink", links.Entity(type, entity.Id));
        writer.WriteEndObject();
    }

    public static void WriteEntity(Utf8JsonWriter writer, StaEntity entity, StaQueryPlan plan, StaLinks links)
    {
        var self = links.Entity(plan.Type, entity.Id);
        writer.WriteStartObject();
        if (plan.SelectsId)
        {
            writer.WriteNumber("@iot.id", entity.Id);
        }

        if (plan.SelectsSelfLink)
        {
            writer.WriteString("@iot.selfLink", self);
        }

        foreach (var property in plan.Properties)
        {
            writer.WritePropertyName(property.Name);
            WriteValue(writer, property.Kind, entity.Values.GetValueOrDefault(property.Name));
        }

        foreach (var navigation in plan.NavigationLinks)
        {
            writer.WriteString(navigation.Name + "@iot.navigationLink", self + "/" + navigation.Name);
        }

        foreach (var expansion in entity.Expansions)
        {
            WriteExpansion(writer, expansion, self, links);
        }

        writer.WriteEndObject();
    }

    /// <summary>One property's value as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter writer, StaValueKind kind, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case JsonElement json:
                json.WriteTo(writer);
                break;
            case Geometry geometry:
                JsonSerializer.Serialize(writer, geometry, GeoJson);
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(FormatInstant(instant));
                break;
            case TimeInterval interval:
                writer.WriteStringValue(FormatInterval(interval));
                break;
            case UnitOfMeasurement unit:
                writer.WriteStartObject();
                writer.WriteString("name", unit.Name);
                writer.WriteString("symbol", unit.Symbol);
                writer.WriteString("definition", unit.Definition);
                writer.WriteEndObject();
                break;
            case ObservationResult result:
                result.ToJsonElement().WriteTo(writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), kind, "No JSON form for this value.");
        }
    }

    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string FormatInterval(TimeInterval interval) =>
        interval.End is { } end ? FormatInstant(interval.Start) + "/" + FormatInstant(end) : FormatInstant(interval.Start);

    private static void WriteExpansion(Utf8JsonWriter writer, StaExpansion expansion, string self, StaLinks links)
    {
        var navigation = expansion.Expand.Navigation;
        var plan = expansion.Expand.Plan;
        if (!navigation.IsCollection)
        {
            writer.WritePropertyName(navigation.Name);
            if (expansion.Entities.Count > 0)
            {
                WriteEntity(writer, expansion.Entities[0], plan, links);
            }
            else
            {
                writer.WriteNullValue();
            }

            return;
        }

        if (plan.Count)
        {
            writer.WriteNumber(navigation.Name + "@iot.count", expansion.Count);
        }

        writer.WriteStartArray(navigation.Name);
        foreach (var related in expansion.Entities)
        {
            WriteEntity(writer, related, plan, links);
        }

        writer.WriteEndArray();
        if (expansion.HasMore)
        {
            writer.WriteString(navigation.Name + "@iot.nextLink", StaLinks.Next(self + "/" + navigation.Name, plan));
        }
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, long? count, bool estimated)
    {
        if (count is not { } value)
        {
            return;
        }

        writer.WriteNumber(name, value);
        if (estimated)
        {
            writer.WriteBoolean(CountEstimatedAnnotation, true);
        }
    }
}
