using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A device model registered by a tenant: how its payloads decode and how decoded fields map to a schema.</summary>
/// <param name="Model">The model id, <c>vendor/model</c> (<c>nwave/nps405</c>).</param>
/// <param name="CodecSource">The byte layout (YAML) or JavaScript source; null for built-in and network codecs.</param>
/// <param name="Examples">The vendor's examples the codec passed at registration, as given.</param>
/// <param name="Mapping">The record mapping definition (decoded fields → one record of a shared schema).</param>
public sealed record DeviceModel(
    TenantId TenantId,
    string Model,
    CodecKind CodecKind,
    string? CodecSource,
    JsonElement? Examples,
    JsonElement Mapping,
    DateTimeOffset CreatedAt);
