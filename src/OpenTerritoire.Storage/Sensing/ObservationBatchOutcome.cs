using OpenTerritoire.Core;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>What a batch append did: rows inserted, replaced, ignored as duplicates, and rows refused with why.</summary>
/// <param name="Rejected">One issue per refused row, its pointer <c>/index</c> into the batch.</param>
public sealed record ObservationBatchOutcome(int Inserted, int Replaced, int IgnoredDuplicates, IReadOnlyList<Issue> Rejected);
