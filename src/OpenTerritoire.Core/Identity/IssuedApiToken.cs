namespace OpenTerritoire.Core.Identity;

/// <summary>A token just created, with its secret: the only time the secret exists outside the client.</summary>
public sealed record IssuedApiToken(ApiToken Token, ApiTokenSecret Secret);
