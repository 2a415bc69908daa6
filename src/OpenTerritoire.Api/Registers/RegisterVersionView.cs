using System.Text.Json;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>One version of a record's history.</summary>
public sealed record RegisterVersionView(int Version, string SchemaVersion, string Author, DateTimeOffset CreatedAt, JsonElement Document)
{
    public static RegisterVersionView From(RegisterRecordVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.Version, version.SchemaVersion, version.Author, version.CreatedAt, version.Document);
    }
}
