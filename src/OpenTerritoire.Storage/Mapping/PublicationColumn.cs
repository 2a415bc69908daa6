using OpenTerritoire.Core;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Reads the <c>publication</c> column, whose CHECK constraint allows only known states.</summary>
internal static class PublicationColumn
{
    public static PublicationState Parse(string text) =>
        PublicationStateNames.TryParse(text, out var state)
            ? state
            : throw new InvalidDataException($"Bad publication state '{text}'.");
}
