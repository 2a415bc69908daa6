namespace OpenTerritoire.Core;

/// <summary>Where an owned entity stands in the publication workflow; only <see cref="Published"/> is open.</summary>
public enum PublicationState
{
    Draft,
    Approved,
    Published,
    Retired,
}
