namespace OpenTerritoire.Api.Landing;

/// <summary>The JSON form of the landing page.</summary>
public sealed record LandingDocument(string Title, IReadOnlyList<LandingLink> Links);
