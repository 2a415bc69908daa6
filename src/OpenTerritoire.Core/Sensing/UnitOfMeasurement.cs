namespace OpenTerritoire.Core.Sensing;

/// <summary>The unit of a Datastream's results; <see cref="Definition"/> is a UCUM code (<c>ucum:Cel</c>).</summary>
public sealed record UnitOfMeasurement(string? Name, string? Symbol, string? Definition)
{
    /// <summary>No unit, for truth, category and text observations.</summary>
    public static UnitOfMeasurement None { get; } = new(null, null, null);
}
