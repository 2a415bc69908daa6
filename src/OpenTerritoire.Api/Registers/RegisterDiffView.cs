using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>The changes from one version to another, as JSON Patch-like operations.</summary>
public sealed record RegisterDiffView(int From, int To, IReadOnlyList<DocumentChange> Changes);
