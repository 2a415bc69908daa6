namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// A property of a SensorThings entity type and the columns behind it: the allowlist that maps wire names to SQL.
/// </summary>
/// <param name="Name">The wire name (<c>name</c>, <c>phenomenonTime</c>).</param>
/// <param name="Columns">
/// The stored columns, in the order the kind needs them: one for most kinds, <c>start, end</c> for
/// <see cref="StaValueKind.Interval"/>, <c>name, symbol, definition</c> for <see cref="StaValueKind.Unit"/>.
/// </param>
/// <param name="Required">Whether a create must give it (STA 18-088 §8.2, the multiplicity column).</param>
/// <param name="Computed">
/// SQL expressions over the entity alias <c>e</c> read instead of <paramref name="Columns"/>; such a property is
/// never written (a Datastream's phenomenonTime is derived from its observations).
/// </param>
public sealed record StaProperty(
    string Name,
    StaValueKind Kind,
    IReadOnlyList<string> Columns,
    bool Required,
    IReadOnlyList<string>? Computed = null)
{
    /// <summary>Whether a create or update may set it.</summary>
    public bool IsWritable => Computed is null;

    /// <summary>The SQL expressions that read it, over the entity alias <c>e</c>.</summary>
    public IReadOnlyList<string> ReadExpressions => Computed ?? Columns.Select(ReadExpression).ToList();

    private string ReadExpression(string column) =>
        Kind is StaValueKind.Json || (Kind is StaValueKind.Result && column == "result_json")
            ? $"e.{column}::text"
            : "e." + column;
}
