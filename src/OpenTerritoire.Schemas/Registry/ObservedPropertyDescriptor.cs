namespace OpenTerritoire.Schemas.Registry;

/// <summary>One entry of <c>x-observedProperties</c>: a measured property a Datastream can bind to.</summary>
/// <param name="UnitDefinition">The UCUM code with its <c>ucum:</c> prefix, or null for unitless observations.</param>
public sealed record ObservedPropertyDescriptor(
    string Property,
    string Name,
    string Definition,
    string? UnitName,
    string? UnitSymbol,
    string? UnitDefinition,
    string ObservationType);
