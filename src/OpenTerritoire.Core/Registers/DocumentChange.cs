using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>One difference between two versions, in the manner of a JSON Patch (RFC 6902) operation.</summary>
/// <param name="Op"><c>add</c>, <c>remove</c> or <c>replace</c>.</param>
/// <param name="Path">RFC 6901 JSON Pointer of the changed value.</param>
/// <param name="From">The old value (absent for <c>add</c>).</param>
/// <param name="Value">The new value (absent for <c>remove</c>).</param>
public sealed record DocumentChange(string Op, string Path, JsonElement? From, JsonElement? Value);
