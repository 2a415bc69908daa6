namespace OpenTerritoire.Schemas.Registry;

/// <summary>A schema named by id and version (<c>air-quality-observed@1.0.0</c>); a null version means the latest.</summary>
public sealed record SchemaRef(string Id, string? Version)
{
    /// <summary>The version word that asks for the highest published version.</summary>
    public const string LatestWord = "latest";

    /// <summary>Reads <c>id</c>, <c>id@version</c> or <c>id@latest</c>.</summary>
    public static SchemaRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new SchemaRef(text.Trim(), null);
        }

        var version = text[(at + 1)..].Trim();
        return new SchemaRef(
            text[..at].Trim(),
            version.Length == 0 || string.Equals(version, LatestWord, StringComparison.OrdinalIgnoreCase) ? null : version);
    }

    /// <summary>The latest version of a schema.</summary>
    public static SchemaRef Latest(string id) => new(id, null);

    public override string ToString() => $"{Id}@{Version ?? LatestWord}";
}
