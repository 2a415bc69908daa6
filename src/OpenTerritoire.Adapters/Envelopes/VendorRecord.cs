using System.Collections.Immutable;
using System.Text.Json;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>One record read from generic vendor JSON: a device, a time and named field values.</summary>
/// <param name="Index">The record's position in the message (array index or line), counted from 0.</param>
/// <param name="Pointer">Where the record sits in the body (<c>/3</c>, <c>line:4</c>), for issues found later.</param>
public sealed record VendorRecord(
    int Index,
    string Pointer,
    string DeviceId,
    DateTimeOffset Time,
    ImmutableDictionary<string, JsonElement> Fields);
