using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>An object of the physical world that is observed: a lamp post, a bin, a parking space, a building.</summary>
public sealed record Thing(
    ThingId Id,
    TenantId TenantId,
    string Name,
    string Description,
    JsonElement? Properties,
    PublicationState Publication);
