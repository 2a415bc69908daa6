using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Catalog;

/// <summary>A published unit of the catalogue: a set of Datastreams or a file resource.</summary>
/// <param name="Slug">A short name unique within the tenant, used in stable URLs.</param>
/// <param name="License">An SPDX-like licence id; Licence Ouverte 2.0 (<c>etalab-2.0</c>) by default.</param>
public sealed record Dataset(
    DatasetId Id,
    TenantId TenantId,
    string Slug,
    string Title,
    string Description,
    string License,
    PublicationState Publication,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
