namespace OpenTerritoire.Api.Registers;

/// <summary>One DTPR-style label of a sensor: a category, the taxonomy element it maps to, and French text.</summary>
/// <param name="Category">purpose, technology, data, processing, access, storage, retention or accountable.</param>
/// <param name="Element">The DTPR element id (<c>mobility</c>, <c>radar</c>…), or null when none fits.</param>
public sealed record SensorLabel(string Category, string CategoryFr, string? Element, string Text);
