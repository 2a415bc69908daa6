using System.Globalization;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>Identifies a message in the raw archive.</summary>
public readonly record struct RawMessageId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
