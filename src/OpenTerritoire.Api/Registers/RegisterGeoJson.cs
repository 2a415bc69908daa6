using System.Text.Json.Nodes;

namespace OpenTerritoire.Api.Registers;

/// <summary>The public sensor register as a GeoJSON FeatureCollection (RFC 7946); records without a position are left out.</summary>
public static class RegisterGeoJson
{
    public static JsonObject Write(IReadOnlyList<PublicRecordView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var features = new JsonArray();
        foreach (var view in views)
        {
            if (view.Position is not { } position)
            {
                continue;
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = view.Id,
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(position.Longitude, position.Latitude),
                },
                ["properties"] = new JsonObject
                {
                    ["url"] = view.Url,
                    ["tenant"] = view.Tenant,
                    ["slug"] = view.Text("id"),
                    ["name"] = view.Text("name"),
                    ["category"] = view.Text("category"),
                    ["status"] = view.Text("status"),
                    ["themes"] = view.Text("themes"),
                    ["personalData"] = view.Text("personalData", "processed") == "true",
                    ["pastActiveUntil"] = view.PastActiveUntil,
                },
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }
}
