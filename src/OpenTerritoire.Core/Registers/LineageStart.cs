namespace OpenTerritoire.Core.Registers;

/// <summary>Where a lineage query starts.</summary>
public enum LineageStart
{
    Observation,
    Datastream,
    Dataset,
}
