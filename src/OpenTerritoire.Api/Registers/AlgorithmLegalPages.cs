using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The French legal texts generated from an algorithm record: the <i>mention explicite</i> (CRPA R311-3-1-1), the page
/// on requesting an individual explanation (R311-3-1-2) and the public inventory (L312-1-3). Plain, accessible HTML.
/// </summary>
public static class AlgorithmLegalPages
{
    /// <summary>CRPA R311-3-1-1: administration, purpose, the right to the rules, how to exercise it, and the CADA.</summary>
    public static string MentionExplicite(PublicRecordView view, string explanationUrl)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new StringBuilder();
        body.Append("<h1>Information sur l'utilisation d'un traitement algorithmique</h1>\n");
        body.Append("<p>La présente décision a été prise sur le fondement d'un traitement algorithmique, « ")
            .Append(Encode(view.Text("name"))).Append(" », mis en œuvre par <strong>")
            .Append(Encode(Administration(view))).Append("</strong>.</p>\n");
        body.Append("<p>Ce traitement a pour finalité : ").Append(Encode(view.Text("purpose"))).Append("</p>\n");
        body.Append("<p>Les règles définissant ce traitement sont publiées à l'adresse <a href=\"").Append(Encode(view.Url))
            .Append("\">").Append(Encode(view.Url)).Append("</a>.</p>\n");
        body.Append("<p>En application des articles L311-3-1, R311-3-1-1 et R311-3-1-2 du code des relations entre le ")
            .Append("public et l'administration, vous avez le droit d'obtenir la communication des règles définissant ce ")
            .Append("traitement et des principales caractéristiques de sa mise en œuvre dans votre cas.</p>\n");
        body.Append("<p>Pour exercer ce droit, adressez votre demande à ").Append(Contact(view)).Append(". ")
            .Append("<a href=\"").Append(Encode(explanationUrl)).Append("\">Comment demander une explication</a>.</p>\n");
        body.Append("<p>En l'absence de réponse dans un délai d'un mois à compter de la réception de votre demande, vous ")
            .Append("disposez d'un délai de deux mois pour saisir la Commission d'accès aux documents administratifs ")
            .Append("(CADA), selon les modalités décrites sur <a href=\"https://www.cada.fr\">www.cada.fr</a>.</p>\n");
        if (view.Text("mentionExplicite") is { Length: > 0 } authored)
        {
            body.Append("<h2>Mention rédigée par l'administration</h2>\n<p>").Append(Encode(authored)).Append("</p>\n");
        }

        return Page("Mention explicite — " + view.Text("name"), body.ToString());
    }

    /// <summary>
    /// CRPA R311-3-1-2: on request, the person obtains the degree and mode of contribution of the algorithm, the data
    /// processed and their sources, the parameters and their weighting as applied to them, and the operations.
    /// </summary>
    public static string ExplanationRequest(PublicRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new StringBuilder();
        body.Append("<h1>Demander une explication individuelle</h1>\n");
        body.Append("<p>Traitement : <strong>").Append(Encode(view.Text("name"))).Append("</strong>, mis en œuvre par ")
            .Append(Encode(Administration(view))).Append(".</p>\n");
        body.Append("<h2>Comment faire la demande</h2>\n<p>Écrivez à ").Append(Contact(view)).Append(".");
        if (view.Text("explanationRequest") is { Length: > 0 } how)
        {
            body.Append(' ').Append(Encode(how));
        }

        body.Append("</p>\n<p>L'administration vous répond sous un mois. Sans réponse, vous pouvez saisir la CADA dans les ")
            .Append("deux mois (<a href=\"https://www.cada.fr\">www.cada.fr</a>).</p>\n");
        body.Append("<h2>Ce que vous obtiendrez (article R311-3-1-2 du CRPA)</h2>\n<ol>\n");
        body.Append("<li><h3>Le degré et le mode de contribution du traitement à la décision</h3>\n<p>")
            .Append(Encode(AutomationFr(view.Text("automationDegree")))).Append(". ")
            .Append(Encode(view.Text("decisionRole"))).Append("</p>");
        Paragraph(body, "Contrôle humain", view.Text("humanOversight"));
        body.Append("</li>\n");
        body.Append("<li><h3>Les données traitées et leurs sources</h3>\n<p>")
            .Append(Encode(Fallback(view.Text("inputDataDescription")))).Append("</p></li>\n");
        body.Append("<li><h3>Les paramètres de traitement et leur pondération, appliqués à votre situation</h3>\n");
        body.Append(Parameters(view.Document)).Append("</li>\n");
        body.Append("<li><h3>Les opérations effectuées par le traitement</h3>\n<p>")
            .Append(Encode(Fallback(view.Text("operations")))).Append("</p></li>\n</ol>\n");
        body.Append("<p><a href=\"").Append(Encode(view.Url)).Append("\">Fiche complète de l'algorithme</a></p>\n");
        return Page("Demande d'explication — " + view.Text("name"), body.ToString());
    }

    /// <summary>CRPA L312-1-3: the principal algorithms that found individual decisions, with their rules.</summary>
    public static string Inventory(string? tenant, IReadOnlyList<PublicRecordView> views, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(views);
        var body = new StringBuilder();
        body.Append("<h1>Inventaire des principaux traitements algorithmiques</h1>\n");
        body.Append("<p>Traitements algorithmiques fondant des décisions individuelles, publiés en application de ")
            .Append("l'article L312-1-3 du code des relations entre le public et l'administration")
            .Append(tenant is null ? string.Empty : " par " + Encode(tenant))
            .Append(". Mis à jour le ").Append(today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(".</p>\n");
        var found = views.Where(view => view.Text("foundsIndividualDecisions") == "true").ToList();
        if (found.Count == 0)
        {
            body.Append("<p>Aucun traitement n'est publié.</p>\n");
            return Page("Inventaire des algorithmes", body.ToString());
        }

        body.Append("<table>\n<caption>Traitements publiés</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Traitement</th><th scope=\"col\">Administration</th><th scope=\"col\">Finalité</th>")
            .Append("<th scope=\"col\">Automatisation</th><th scope=\"col\">Décisions par an</th><th scope=\"col\">Règles</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var view in found)
        {
            body.Append("<tr><th scope=\"row\">").Append(Encode(view.Text("name"))).Append("</th><td>")
                .Append(Encode(Administration(view))).Append("</td><td>").Append(Encode(view.Text("purpose")))
                .Append("</td><td>").Append(Encode(AutomationFr(view.Text("automationDegree")))).Append("</td><td>")
                .Append(Encode(view.Text("decisionsPerYear"))).Append("</td><td><a href=\"").Append(Encode(view.Url))
                .Append("\">Fiche</a> · <a href=\"").Append(Encode(view.Url)).Append("/mention-explicite\">Mention explicite</a>")
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        return Page("Inventaire des algorithmes", body.ToString());
    }

    /// <summary>The French wording of an <c>automationDegree</c>.</summary>
    public static string AutomationFr(string degree) => degree switch
    {
        "information" => "Le traitement fournit une information, sans proposer de décision",
        "decision-support" => "Le traitement est une aide à la décision, prise par un agent",
        "partially-automated" => "La décision est partiellement automatisée",
        "fully-automated" => "La décision est entièrement automatisée",
        _ => "Degré d'automatisation non précisé",
    };

    private static string Parameters(JsonElement document)
    {
        if (!document.TryGetProperty("parameters", out var parameters) || parameters.GetArrayLength() == 0)
        {
            return "<p>Non renseigné dans la fiche : ils vous seront communiqués sur demande.</p>";
        }

        var list = new StringBuilder("<table>\n<thead><tr><th scope=\"col\">Paramètre</th><th scope=\"col\">Description</th>")
            .Append("<th scope=\"col\">Pondération</th></tr></thead>\n<tbody>\n");
        foreach (var parameter in parameters.EnumerateArray())
        {
            list.Append("<tr><th scope=\"row\">").Append(Encode(Member(parameter, "name"))).Append("</th><td>")
                .Append(Encode(Member(parameter, "description"))).Append("</td><td>")
                .Append(Encode(Member(parameter, "weight"))).Append("</td></tr>\n");
        }

        return list.Append("</tbody>\n</table>").ToString();
    }

    private static string Member(JsonElement item, string name) => item.TryGetProperty(name, out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()
        : string.Empty;

    private static void Paragraph(StringBuilder body, string label, string text)
    {
        if (text.Length > 0)
        {
            body.Append("<p>").Append(Encode(label)).Append(" : ").Append(Encode(text)).Append("</p>");
        }
    }

    private static string Administration(PublicRecordView view) =>
        view.Text("department") is { Length: > 0 } department
            ? $"{view.Text("accountableOrganisation", "name")} ({department})"
            : view.Text("accountableOrganisation", "name");

    private static string Contact(PublicRecordView view)
    {
        var email = view.Text("contact", "email");
        var name = view.Text("contact", "name");
        var address = $"<a href=\"mailto:{Encode(email)}\">{Encode(email)}</a>";
        return name.Length > 0 ? $"{Encode(name)} ({address})" : address;
    }

    private static string Fallback(string text) => text.Length > 0 ? text : "Non renseigné dans la fiche : communiqué sur demande.";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        </head>
        <body>
        <main>
        {body}</main>
        </body>
        </html>
        """;
}
