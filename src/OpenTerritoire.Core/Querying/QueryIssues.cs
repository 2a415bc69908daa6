namespace OpenTerritoire.Core.Querying;

/// <summary>
/// The catalogue of issues raised by query options other than the expressions themselves. The option parsers point
/// at <c>char:&lt;offset&gt;</c> in the option's value; <see cref="QueryOptionsParser"/> prefixes the option's name
/// (<c>$expand/char:12</c>), and points at the name alone for an unknown option (<c>$foo</c>).
/// </summary>
public static class QueryIssues
{
    /// <summary>A <c>$</c> option that neither OData nor SensorThings defines.</summary>
    public static Issue UnknownOption(string pointer, string option) => new(
        "query.unknown-option",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"'{option}' is not a query option.",
        $"« {option} » n'est pas une option de requête.")
    {
        Value = option,
        HintEn = "SensorThings options are $filter, $orderby, $select, $expand, $top, $skip, $count and $resultFormat.",
        HintFr = "Les options SensorThings sont $filter, $orderby, $select, $expand, $top, $skip, $count "
            + "et $resultFormat.",
    };

    /// <summary>A standard OData option this server does not implement.</summary>
    public static Issue NotImplemented(string pointer, string option) => new(
        "query.not-implemented",
        pointer,
        IssueSeverity.Error,
        IssueKind.NotImplemented,
        $"The option '{option}' is not implemented.",
        $"L'option « {option} » n'est pas prise en charge.") { Value = option };

    /// <summary>The same option given twice at one level.</summary>
    public static Issue DuplicateOption(string pointer, string option) => Invalid(
        "query.duplicate-option",
        pointer,
        $"The option '{option}' is given more than once.",
        $"L'option « {option} » est donnée plusieurs fois.") with { Value = option };

    /// <summary><c>$top</c> or <c>$skip</c> that is not a non-negative integer.</summary>
    public static Issue InvalidCount(string pointer, string option, string value) => Invalid(
        option == "$top" ? "query.invalid-top" : "query.invalid-skip",
        pointer,
        $"{option} must be a non-negative integer, not '{value}'.",
        $"{option} doit être un entier positif ou nul, pas « {value} ».") with
    {
        Value = value,
        Expected = "integer ≥ 0",
    };

    /// <summary><c>$count</c> that is not <c>true</c> or <c>false</c>.</summary>
    public static Issue InvalidCountFlag(string pointer, string value) => Invalid(
        "query.invalid-count",
        pointer,
        $"$count must be true or false, not '{value}'.",
        $"$count doit valoir true ou false, pas « {value} ».") with { Value = value, Expected = "true|false" };

    /// <summary>A <c>$resultFormat</c> other than <c>dataArray</c> (STA 18-088 §14.3).</summary>
    public static Issue InvalidResultFormat(string pointer, string value) => Invalid(
        "query.invalid-result-format",
        pointer,
        $"$resultFormat must be dataArray, not '{value}'.",
        $"$resultFormat doit valoir dataArray, pas « {value} ».") with { Value = value, Expected = "dataArray" };

    /// <summary>A <c>$select</c> or <c>$expand</c> path that is empty or holds characters a name cannot.</summary>
    public static Issue InvalidPath(string pointer, string path) => Invalid(
        "query.invalid-path",
        pointer,
        $"'{path}' is not a valid property path.",
        $"« {path} » n'est pas un chemin de propriété valide.") with { Value = path };

    /// <summary>Malformed option text: unbalanced parentheses, a nested option without '=', an empty item.</summary>
    public static Issue Syntax(string pointer, string detailEn, string detailFr) => Invalid(
        "query.syntax",
        pointer,
        $"Malformed query option: {detailEn}.",
        $"Option de requête mal formée : {detailFr}.");

    /// <summary>The same navigation expanded twice, each time with its own options.</summary>
    public static Issue DuplicateExpand(string pointer, string navigation) => Invalid(
        "query.duplicate-expand",
        pointer,
        $"'{navigation}' is expanded twice with different options.",
        $"« {navigation} » est développé deux fois avec des options différentes.") with { Value = navigation };

    /// <summary><c>$expand</c> nested deeper than served.</summary>
    public static Issue TooDeep(string pointer, int maximum) => Invalid(
        "query.too-deep",
        pointer,
        $"$expand is nested more than {maximum} levels deep.",
        $"$expand est imbriqué sur plus de {maximum} niveaux.");

    private static Issue Invalid(string code, string pointer, string en, string fr) =>
        new(code, pointer, IssueSeverity.Error, IssueKind.Invalid, en, fr);
}
