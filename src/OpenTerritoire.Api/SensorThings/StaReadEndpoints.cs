using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>GET on any SensorThings resource path: collections, entities, properties, <c>$value</c>, <c>$ref</c>.</summary>
public static class StaReadEndpoints
{
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetResourceAsync(
        string path, HttpContext context, StaEntityReader reader, IOptions<SensorThingsSettings> settings,
        CancellationToken cancellationToken)
    {
        var resource = StaResourcePathParser.Parse(path);
        if (!resource.IsSuccess)
        {
            return ProblemMapping.ToProblem(resource.Issues, context);
        }

        var options = QueryOptionsParser.Parse(
            context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal));
        if (!options.IsSuccess)
        {
            return ProblemMapping.ToProblem(options.Issues, context);
        }

        var caller = StaCaller.FromPrincipal(context.User);
        var page = await reader.ReadAsync(
            caller.Tenant, resource.Value, options.Value, settings.Value.ToPaging(), cancellationToken);
        if (!page.IsSuccess)
        {
            return ProblemMapping.ToProblem(page.Issues, context);
        }

        return Render(resource.Value, page.Value, StaLinks.From(context.Request));
    }

    private static ContentHttpResult Render(StaResourcePath resource, StaPage page, StaLinks links)
    {
        var collection = links.Path(resource.EntityText);
        if (resource.Property is { } property)
        {
            var value = page.Entities[0].Values.GetValueOrDefault(property.Name);
            if (resource.RawValue)
            {
                return TypedResults.Content(RawValue(property, value), "text/plain; charset=utf-8");
            }

            return SensorThingsEndpoints.Json(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName(property.Name);
                StaJsonWriter.WriteValue(writer, property.Kind, value);
                writer.WriteEndObject();
            });
        }

        if (resource.Reference)
        {
            return SensorThingsEndpoints.Json(writer =>
            {
                if (resource.IsSingle)
                {
                    StaJsonWriter.WriteReference(writer, page.Entities[0], page.Plan.Type, links);
                }
                else
                {
                    StaJsonWriter.WriteReferences(writer, page, links, collection + "/$ref");
                }
            });
        }

        return SensorThingsEndpoints.Json(writer =>
        {
            if (resource.IsSingle)
            {
                StaJsonWriter.WriteEntity(writer, page.Entities[0], page.Plan, links);
            }
            else
            {
                StaJsonWriter.WriteCollection(writer, page, links, collection);
            }
        });
    }

    // STA 18-088 §9.2.5: $value is the raw value; strings unquoted, anything else its JSON text.
    private static string RawValue(StaProperty property, object? value)
    {
        if (value is string text)
        {
            return text;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            StaJsonWriter.WriteValue(writer, property.Kind, value);
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        return value is DateTimeOffset or Core.Sensing.TimeInterval ? JsonSerializer.Deserialize<string>(json)! : json;
    }
}
