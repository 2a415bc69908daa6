namespace OpenTerritoire.Core.Identity;

/// <summary>What to issue a token with; the secret, id and times are made when it is stored.</summary>
/// <param name="ExpiresAt">When it stops working; null for never (the API always sets one; the CLI may not).</param>
public sealed record NewApiToken(
    string Name,
    ApiTokenKind Kind,
    IReadOnlyList<TokenScope> Scopes,
    DateTimeOffset? ExpiresAt,
    string CreatedBy);
