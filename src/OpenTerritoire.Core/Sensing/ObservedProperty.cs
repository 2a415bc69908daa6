using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Sensing;

/// <summary>What is measured (occupancy, fill level, PM2.5), named by a definition URI.</summary>
public sealed record ObservedProperty(
    ObservedPropertyId Id,
    TenantId TenantId,
    string Name,
    string Definition,
    string Description,
    JsonElement? Properties);
