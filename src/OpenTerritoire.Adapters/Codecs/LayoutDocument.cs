using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTerritoire.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Reads a layout file, YAML or JSON, into one JSON tree so that a single parser checks both.</summary>
/// <remarks>Plain YAML scalars follow the YAML 1.2 core schema (null, booleans, decimal and <c>0x</c> integers,
/// floats); quoted scalars are always strings. Numbers become decimals, so <c>0.1</c> stays exact.</remarks>
internal static partial class LayoutDocument
{
    public static Result<JsonNode> FromJson(string json)
    {
        try
        {
            return JsonNode.Parse(json) is { } node
                ? Result.Success(node)
                : Result.Failure<JsonNode>(CodecIssues.BadLayout(string.Empty, "the layout is null"));
        }
        catch (JsonException exception)
        {
            var pointer = string.Create(
                CultureInfo.InvariantCulture,
                $"line:{(exception.LineNumber ?? 0) + 1}:col:{(exception.BytePositionInLine ?? 0) + 1}");
            return Result.Failure<JsonNode>(CodecIssues.BadLayout(pointer, "the layout is not well-formed JSON"));
        }
    }

    public static Result<JsonNode> FromYaml(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var pointer = string.Create(
                CultureInfo.InvariantCulture,
                $"line:{exception.Start.Line}:col:{exception.Start.Column}");
            return Result.Failure<JsonNode>(
                CodecIssues.BadLayout(pointer, "the layout is not well-formed YAML: " + exception.Message));
        }

        return stream.Documents.Count == 1 && ToJson(stream.Documents[0].RootNode, depth: 0) is { } node
            ? Result.Success(node)
            : Result.Failure<JsonNode>(CodecIssues.BadLayout(string.Empty, "the file must hold one YAML document"));
    }

    private static JsonNode? ToJson(YamlNode node, int depth)
    {
        // Aliases resolve to the same node: a cycle of anchors must not recurse for ever.
        if (depth > 64)
        {
            return null;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : key.ToString();
                    obj[name] = ToJson(value, depth + 1);
                }

                return obj;
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(child => ToJson(child, depth + 1)).ToArray());
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (Hexadecimal().IsMatch(text))
        {
            var value = ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return JsonValue.Create((decimal)value);
        }

        if (Number().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^0x[0-9A-Fa-f]{1,16}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hexadecimal();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
