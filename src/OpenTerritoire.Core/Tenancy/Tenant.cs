using NetTopologySuite.Geometries;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>An organisation that owns data on the hub; tenants nest (région ⊃ département ⊃ syndicat ⊃ commune).</summary>
/// <param name="Code">A short unique slug used in URLs (<c>syndicat-vallee</c>).</param>
/// <param name="Siren">The nine-digit SIREN of the body, when it has one.</param>
/// <param name="Area">The territory covered, in WGS 84.</param>
public sealed record Tenant(
    TenantId Id,
    TenantId? ParentId,
    TenantKind Kind,
    string Code,
    string Name,
    string? Siren,
    MultiPolygon? Area,
    DateTimeOffset CreatedAt);
