using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// Reads a create or update body into a <see cref="StaDraft"/>: each property typed by the registry, related entities
/// as nested drafts or links (<c>{"@iot.id": 1}</c>). Pointers are JSON Pointers into the body.
/// </summary>
internal static class StaBodyReader
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>The body as one JSON document; <c>sta.invalid-value</c> when it is not JSON.</summary>
    public static async Task<Result<JsonElement>> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return Result.Success(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return Result.Failure<JsonElement>(SensorThingsIssues.InvalidValue("", "a JSON document"));
        }
    }

    public static Result<StaDraft> Read(StaEntityType type, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(type);
        var issues = new List<Issue>();
        var draft = ReadEntity(type, body, string.Empty, issues);
        return issues.Count == 0 && draft is not null ? Result.Success(draft) : Result.Failure<StaDraft>(issues);
    }

    private static StaDraft? ReadEntity(StaEntityType type, JsonElement element, string pointer, List<Issue> issues)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(SensorThingsIssues.InvalidValue(PointerOrRoot(pointer), "a JSON object"));
            return null;
        }

        if (element.TryGetProperty("@iot.id", out var id))
        {
            if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var linkId))
            {
                return StaDraft.Link(type, PointerOrRoot(pointer), linkId);
            }

            issues.Add(SensorThingsIssues.InvalidValue(pointer + "/@iot.id", "an integer id"));
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var related = new Dictionary<string, IReadOnlyList<StaDraft>>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPointer = pointer + "/" + member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (member.Name.Contains("@iot.", StringComparison.Ordinal))
            {
                // Control information (selfLink, navigationLink) is the server's; a client echoing it is harmless.
                continue;
            }

            if (type.FindProperty(member.Name) is { } property)
            {
                if (property.IsWritable)
                {
                    values[property.Name] = ReadValue(property, member.Value, memberPointer, issues);
                }

                continue;
            }

            if (type.FindNavigation(member.Name) is { } navigation)
            {
                var target = StaEntityTypes.GetSet(navigation.TargetSet);
                if (navigation.IsCollection && member.Value.ValueKind == JsonValueKind.Array)
                {
                    related[navigation.Name] = member.Value.EnumerateArray()
                        .Select((item, index) => ReadEntity(
                            target, item, memberPointer + "/" + index.ToString(CultureInfo.InvariantCulture), issues))
                        .OfType<StaDraft>()
                        .ToList();
                }
                else if (!navigation.IsCollection && ReadEntity(target, member.Value, memberPointer, issues) is { } single)
                {
                    related[navigation.Name] = [single];
                }
                else if (navigation.IsCollection)
                {
                    issues.Add(SensorThingsIssues.InvalidValue(memberPointer, "an array of entities"));
                }

                continue;
            }

            issues.Add(SensorThingsIssues.UnknownProperty(memberPointer, type.Name, member.Name));
        }

        return new StaDraft(type, PointerOrRoot(pointer), null, values, related);
    }

    private static string PointerOrRoot(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private static object? ReadValue(StaProperty property, JsonElement value, string pointer, List<Issue> issues)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return property.Kind == StaValueKind.Result ? ObservationResult.Null : null;
        }

        object? read = property.Kind switch
        {
            StaValueKind.Text => value.ValueKind == JsonValueKind.String ? value.GetString() : null,
            StaValueKind.Json => value.Clone(),
            StaValueKind.Geometry => ReadGeometry(value),
            StaValueKind.Instant => value.ValueKind == JsonValueKind.String && TryParseInstant(value.GetString()!, out var instant)
                ? instant
                : null,
            StaValueKind.Interval => value.ValueKind == JsonValueKind.String ? ReadInterval(value.GetString()!) : null,
            StaValueKind.Unit => ReadUnit(value),
            StaValueKind.Result => ObservationResult.FromJson(value),
            _ => null,
        };
        if (read is null)
        {
            issues.Add(SensorThingsIssues.InvalidValue(pointer, Expected(property.Kind)));
        }

        return read;
    }

    private static string Expected(StaValueKind kind) => kind switch
    {
        StaValueKind.Text => "a string",
        StaValueKind.Geometry => "a GeoJSON geometry or feature",
        StaValueKind.Instant => "an ISO 8601 date-time",
        StaValueKind.Interval => "an ISO 8601 date-time or start/end interval",
        StaValueKind.Unit => "an object with name, symbol and definition",
        _ => "a JSON value",
    };

    private static Geometry? ReadGeometry(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("type", out var kind) && kind.ValueKind == JsonValueKind.String
            && kind.GetString() == "Feature" && value.TryGetProperty("geometry", out var inner))
        {
            value = inner;
        }

        try
        {
            var geometry = value.Deserialize<Geometry>(GeoJson);
            if (geometry is null || !geometry.IsValid)
            {
                return null;
            }

            geometry.SRID = 4326;
            return geometry;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException
            or InvalidOperationException or FormatException)
        {
            // The GeoJSON converter reports malformed geometries by throwing; here that is bad input, a value.
            return null;
        }
    }

    private static TimeInterval? ReadInterval(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 1 && TryParseInstant(parts[0], out var instant))
        {
            return TimeInterval.At(instant);
        }

        if (parts.Length == 2 && TryParseInstant(parts[0], out var start) && TryParseInstant(parts[1], out var end)
            && end >= start)
        {
            return new TimeInterval(start, end);
        }

        return null;
    }

    private static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant)
        && text.Contains('T', StringComparison.Ordinal);

    private static UnitOfMeasurement? ReadUnit(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? Text(string name) =>
            value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

        return new UnitOfMeasurement(Text("name"), Text("symbol"), Text("definition"));
    }
}
