namespace OpenTerritoire.Schemas.Tests.Tabular;

/// <summary>Tests that measure process memory; xUnit runs this collection with no other test alongside.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory";
}
