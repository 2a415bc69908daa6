using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Api.Schemas;

/// <summary>One schema as listed: metadata of its latest version, every version, and the URLs of the documents.</summary>
public sealed record SchemaListItem(
    string Id,
    string Category,
    string Kind,
    string TitleFr,
    string TitleEn,
    string? Description,
    string? Theme,
    string LatestVersion,
    IReadOnlyList<string> Versions,
    string LatestUrl,
    IReadOnlyList<string> VersionUrls,
    IReadOnlyList<ObservedPropertyDescriptor> ObservedProperties)
{
    public static SchemaListItem From(SchemaSummary summary, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var root = $"{baseUrl}/schemas/{summary.Id}";
        return new SchemaListItem(
            summary.Id,
            summary.Category,
            summary.Kind == SchemaKind.TableSchema ? "table-schema" : "json-schema",
            summary.Title.Fr,
            summary.Title.En,
            summary.Description,
            summary.Theme,
            summary.LatestVersion,
            summary.Versions,
            $"{root}/latest",
            summary.Versions.Select(version => $"{root}/{version}").ToList(),
            summary.ObservedProperties);
    }
}
