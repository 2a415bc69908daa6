namespace OpenTerritoire.Schemas.Tabular;

/// <summary>What checking one cell found.</summary>
internal enum CellStatus
{
    /// <summary>Empty (a missing value); reported only when required.</summary>
    Missing,

    /// <summary>Not readable as the type, or breaking a constraint.</summary>
    Invalid,

    /// <summary>Read and within every constraint.</summary>
    Valid,
}
