using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Hosting;

namespace OpenTerritoire.Api.Landing;

/// <summary>The landing page at <c>/</c>: the APIs the hub serves, as HTML (French or English) or JSON.</summary>
public static class LandingEndpoints
{
    public static IEndpointRouteBuilder MapLanding(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", GetLanding).WithName("GetLanding").WithTags("Landing");
        return endpoints;
    }

    private static Results<ContentHttpResult, Ok<LandingDocument>> GetLanding(
        HttpContext context, IEnumerable<LandingLink> links)
    {
        var ordered = links.OrderBy(link => link.Href, StringComparer.Ordinal).ToList();
        var accept = context.Request.GetTypedHeaders().Accept;
        var wantsJson = accept.Count > 0 && accept.Any(type => type.MediaType.Value is "application/json")
            && !accept.Any(type => type.MediaType.Value is "text/html");
        if (wantsJson)
        {
            return TypedResults.Ok(new LandingDocument("OpenTerritoire", ordered));
        }

        var language = RequestLanguage.Resolve(context, "fr");
        return TypedResults.Content(Render(ordered, language), "text/html; charset=utf-8");
    }

    private static string Render(IReadOnlyList<LandingLink> links, string language)
    {
        var french = language == "fr";
        var html = new StringBuilder();
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>OpenTerritoire</title>
            <link rel="stylesheet" href="/css/hub-1.css">
            </head>
            <body>
            <main>
            <h1>OpenTerritoire</h1>
            <p>{(french
                ? "Plateforme ouverte des données du territoire : capteurs, données ouvertes et registres de transparence."
                : "The territory's open data hub: sensors, open data and transparency registers.")}</p>
            <h2>{(french ? "Interfaces" : "Interfaces")}</h2>
            <ul>
            """);
        foreach (var link in links)
        {
            var title = WebUtility.HtmlEncode(french ? link.TitleFr : link.TitleEn);
            html.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<li><a href=\"{WebUtility.HtmlEncode(link.Href)}\">{title}</a> <code>{WebUtility.HtmlEncode(link.Href)}</code></li>\n");
        }

        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
            </ul>
            <p><a href="?lang={(french ? "en" : "fr")}" lang="{(french ? "en" : "fr")}">{(french ? "English" : "Français")}</a></p>
            </main>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
