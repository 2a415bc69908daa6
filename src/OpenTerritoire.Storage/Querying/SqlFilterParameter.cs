namespace OpenTerritoire.Storage.Querying;

/// <summary>One value bound to a placeholder of a translated filter (<c>@p0</c> → <c>42.5</c>).</summary>
public sealed record SqlFilterParameter(string Name, object Value);
