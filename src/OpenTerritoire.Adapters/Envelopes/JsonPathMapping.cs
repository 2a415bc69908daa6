using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Where generic vendor JSON keeps its records, device id, time and fields, as JSONPaths. Built once per feed from
/// its settings, for example <c>{"records": "$.data[*]", "deviceId": "$.device.id", "time": "$.ts",
/// "fields": ["$.measures.*"]}</c>, or <c>"fields": {"temperature": "$.t"}</c>.
/// </summary>
/// <param name="Records">
/// Where records sit in one document; null when the document (or array item) is the record.
/// </param>
/// <param name="Time">Where the time sits; null to use the time the hub received the message.</param>
public sealed record JsonPathMapping(
    JsonPath? Records,
    JsonPath DeviceId,
    JsonPath? Time,
    IReadOnlyList<JsonPathField> Fields)
{
    /// <summary>Reads a mapping from feed settings; issues point into <paramref name="settings"/>.</summary>
    public static Result<JsonPathMapping> FromSettings(JsonElement settings)
    {
        if (settings.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<JsonPathMapping>(
                EnvelopeIssues.WrongType(string.Empty, "an object", EnvelopeJson.KindName(settings.ValueKind)));
        }

        var fields = new EnvelopeFields();
        var issues = new List<Issue>();
        var records = OptionalPath(settings, "records", fields, issues);
        var deviceIdText = fields.String(settings, "deviceId", "/deviceId", required: true);
        var deviceId = deviceIdText is null ? null : Keep(JsonPath.Parse(deviceIdText, "/deviceId"), issues);
        var time = OptionalPath(settings, "time", fields, issues);
        var fieldList = ReadFields(settings, fields, issues);
        issues.InsertRange(0, fields.Issues);
        return issues.Count > 0 || deviceId is null
            ? Result.Failure<JsonPathMapping>(issues)
            : Result.Success(new JsonPathMapping(records, deviceId, time, fieldList));
    }

    private static List<JsonPathField> ReadFields(JsonElement settings, EnvelopeFields fields, List<Issue> issues)
    {
        var list = new List<JsonPathField>();
        if (!settings.TryGetProperty("fields", out var element))
        {
            fields.Add(EnvelopeIssues.MissingField("/fields"));
            return list;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var pointer = string.Create(CultureInfo.InvariantCulture, $"/fields/{index++}");
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        fields.Add(
                            EnvelopeIssues.WrongType(pointer, "a string", EnvelopeJson.KindName(item.ValueKind)));
                    }
                    else if (Keep(JsonPath.Parse(item.GetString(), pointer), issues) is { } path)
                    {
                        list.Add(new JsonPathField(path.HasWildcard ? null : path.LastName, path));
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var pointer = "/fields/" + EnvelopeJson.Token(property.Name);
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        fields.Add(EnvelopeIssues.WrongType(
                            pointer,
                            "a string",
                            EnvelopeJson.KindName(property.Value.ValueKind)));
                    }
                    else if (Keep(JsonPath.Parse(property.Value.GetString(), pointer), issues) is { } path)
                    {
                        list.Add(new JsonPathField(property.Name, path));
                    }
                }

                break;
            default:
                fields.Add(EnvelopeIssues.WrongType(
                    "/fields",
                    "an array or an object",
                    EnvelopeJson.KindName(element.ValueKind)));
                break;
        }

        return list;
    }

    private static JsonPath? OptionalPath(JsonElement settings, string name, EnvelopeFields fields, List<Issue> issues)
    {
        var text = fields.String(settings, name, "/" + name);
        return text is null ? null : Keep(JsonPath.Parse(text, "/" + name), issues);
    }

    private static JsonPath? Keep(Result<JsonPath> result, List<Issue> issues)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        issues.AddRange(result.Issues);
        return null;
    }
}
