namespace OpenTerritoire.Core;

/// <summary>A database identifier wrapped in its own type, so a <c>ThingId</c> is never passed as a <c>SensorId</c>.</summary>
public interface IEntityId
{
    /// <summary>The bigint key in PostgreSQL.</summary>
    long Value { get; }
}
