using System.Globalization;

namespace OpenTerritoire.Core.Identity;

/// <summary>Identifies an API token (never its secret).</summary>
public readonly record struct ApiTokenId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
