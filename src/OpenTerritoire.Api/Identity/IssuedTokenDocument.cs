namespace OpenTerritoire.Api.Identity;

/// <summary>The answer to <c>POST /api/tokens</c>: the token and its secret, shown this once only.</summary>
public sealed record IssuedTokenDocument(TokenDocument Token, string Secret);
