using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Where a Thing was from a given time on: one entry each time its Locations change.</summary>
public sealed record HistoricalLocation(
    HistoricalLocationId Id,
    TenantId TenantId,
    ThingId ThingId,
    DateTimeOffset Time,
    IReadOnlyList<LocationId> LocationIds);
