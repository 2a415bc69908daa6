using System.Globalization;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// Absolute links of the SensorThings face, from the request as the client sent it (the host applies
/// X-Forwarded-Proto/Host/Prefix before this runs).
/// </summary>
internal sealed record StaLinks(string ServiceRoot)
{
    public static StaLinks From(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}{SensorThingsEndpoints.Prefix}");

    public string Entity(StaEntityType type, long id) =>
        $"{ServiceRoot}/{type.SetName}({id.ToString(CultureInfo.InvariantCulture)})";

    public string Path(string entityText) => ServiceRoot + "/" + entityText;

    /// <summary>The link to the page after one of <paramref name="plan"/>, at <paramref name="collection"/>.</summary>
    public static string Next(string collection, StaQueryPlan plan) =>
        collection + "?" + QueryText(plan.Options with { Top = plan.Top, Skip = plan.Skip + plan.Top });

    /// <summary>The options as a URL query, values escaped.</summary>
    private static string QueryText(QueryOptions options)
    {
        var parts = new List<string>();
        void Add(string name, string value) => parts.Add(name + "=" + Uri.EscapeDataString(value));
        if (options.Filter is not null)
        {
            Add("$filter", options.Filter.ToString());
        }

        if (options.OrderBy.Count > 0)
        {
            Add("$orderby", string.Join(',', options.OrderBy));
        }

        if (options.Select.Count > 0)
        {
            Add("$select", string.Join(',', options.Select));
        }

        if (options.Expand.Count > 0)
        {
            Add("$expand", string.Join(',', options.Expand));
        }

        if (options.Top is { } top)
        {
            Add("$top", top.ToString(CultureInfo.InvariantCulture));
        }

        if (options.Skip is { } skip)
        {
            Add("$skip", skip.ToString(CultureInfo.InvariantCulture));
        }

        if (options.Count)
        {
            Add("$count", "true");
        }

        return string.Join('&', parts);
    }
}
