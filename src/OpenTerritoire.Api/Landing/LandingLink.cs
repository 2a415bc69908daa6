namespace OpenTerritoire.Api.Landing;

/// <summary>One entry of the landing page: an API or document the hub serves, in French and English.</summary>
/// <param name="Rel">The link relation (<c>service-desc</c>, <c>status</c>, or a face name).</param>
public sealed record LandingLink(string Rel, string Href, string MediaType, string TitleFr, string TitleEn);
