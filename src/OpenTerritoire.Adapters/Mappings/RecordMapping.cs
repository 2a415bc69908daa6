using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Units;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>
/// Turns a device's decoded vendor fields into one record of a shared schema (<c>observedAt</c>, <c>deviceId</c> and
/// the schema's properties), renaming, scaling, converting units and translating values. Built once, used per message.
/// </summary>
public sealed class RecordMapping(string schemaId, string schemaVersion, string? timeSource, IReadOnlyList<FieldRule> rules)
{
    public string SchemaId { get; } = schemaId;

    public string SchemaVersion { get; } = schemaVersion;

    /// <summary>The decoded field holding the measurement time; null to use the network server's reception time.</summary>
    public string? TimeSource { get; } = timeSource;

    public IReadOnlyList<FieldRule> Rules { get; } = rules;

    /// <summary>Maps one message. Missing source fields are left out: validation against the schema reports them.</summary>
    public Result<JsonElement> Map(JsonElement decoded, string? deviceId, DateTimeOffset receivedAt)
    {
        var issues = new List<Issue>();
        var record = new JsonObject();
        var observedAt = receivedAt;
        if (TimeSource is not null && Find(decoded, TimeSource) is { } time)
        {
            observedAt = ReadTime(time, "/" + TimeSource.Replace('.', '/'), issues) ?? receivedAt;
        }

        record["observedAt"] = observedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        if (deviceId is not null)
        {
            record["deviceId"] = deviceId;
        }

        foreach (var rule in Rules)
        {
            var value = rule.Constant ?? (rule.Source is null ? null : Find(decoded, rule.Source));
            if (value is null || value.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var pointer = "/" + (rule.Source ?? rule.Target).Replace('.', '/');
            if (Transform(rule, value.Value, pointer, issues) is { } node)
            {
                record[rule.Target] = node;
            }
        }

        return issues.Count > 0 ? Result.Failure<JsonElement>(issues) : Result.Success(JsonSerializer.SerializeToElement(record));
    }

    private static JsonNode? Transform(FieldRule rule, JsonElement value, string pointer, List<Issue> issues)
    {
        if (rule.Values is not null)
        {
            var key = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (!rule.Values.TryGetValue(key, out var mapped))
            {
                issues.Add(MappingIssues.UnmappedValue(pointer, key));
                return null;
            }

            return JsonNode.Parse(mapped.GetRawText());
        }

        if (rule.Scale is null && rule.Offset is null && rule.FromUnit is null)
        {
            return JsonNode.Parse(value.GetRawText());
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            issues.Add(MappingIssues.NotANumber(pointer, value.GetRawText()));
            return null;
        }

        var number = (value.GetDouble() * (rule.Scale ?? 1)) + (rule.Offset ?? 0);
        if (rule.FromUnit is not null)
        {
            UnitConversion.TryConvert(number, rule.FromUnit, rule.ToUnit!, out number);
        }

        return JsonValue.Create(Math.Round(number, 9));
    }

    private static DateTimeOffset? ReadTime(JsonElement value, string pointer, List<Issue> issues)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var unix))
        {
            // Seconds or milliseconds since 1970: vendors use both; a millisecond value is 1000 times larger.
            return unix > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(
                value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var parsed))
        {
            return parsed;
        }

        issues.Add(MappingIssues.BadTime(pointer, value.GetRawText()));
        return null;
    }

    private static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
