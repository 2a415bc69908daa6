namespace OpenTerritoire.Core.Registers;

/// <summary>A link from a record to a Thing, Sensor, Datastream, Dataset or another record of the same tenant.</summary>
public sealed record RegisterLink(LinkRole Role, LinkTarget Target, long TargetId);
