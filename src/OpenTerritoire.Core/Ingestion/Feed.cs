using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A declared source of data for a tenant; its token is stored only as a hash.</summary>
/// <param name="Settings">Codec, mapping and bound schemas, as the adapters read them.</param>
public sealed record Feed(
    FeedId Id,
    TenantId TenantId,
    string Name,
    FeedKind Kind,
    JsonElement? Settings,
    string TokenHash,
    DateTimeOffset CreatedAt);
