using System.Globalization;

namespace OpenTerritoire.Core.Querying;

/// <summary>
/// The catalogue of issues raised by <c>$filter</c> and <c>$orderby</c> expressions, from parsing and from translation.
/// Pointers are <c>char:&lt;offset&gt;</c>, 0-based in the text parsed.
/// </summary>
public static class FilterIssues
{
    /// <summary>The pointer of a 0-based character offset.</summary>
    public static string PointerAt(int position) => "char:" + position.ToString(CultureInfo.InvariantCulture);

    /// <summary>A character that starts no token.</summary>
    public static Issue Syntax(int position, char character) => Error(
        "filter.syntax",
        position,
        $"Unexpected character '{character}'.",
        $"Caractère inattendu « {character} ».") with { Value = character.ToString() };

    /// <summary>The text stops where an operand, an operator or a closing parenthesis is still needed.</summary>
    public static Issue UnexpectedEnd(int position, string expectedEn, string expectedFr) => Error(
        "filter.unexpected-end",
        position,
        $"The expression ends too early: expected {expectedEn}.",
        $"L'expression s'arrête trop tôt : {expectedFr} attendu.") with { Expected = expectedEn };

    /// <summary>A well-formed token in a place where it cannot stand.</summary>
    public static Issue UnexpectedToken(int position, string token, string expectedEn, string expectedFr) => Error(
        "filter.unexpected-token",
        position,
        $"Unexpected '{token}': expected {expectedEn}.",
        $"« {token} » inattendu : {expectedFr} attendu.") with { Value = token, Expected = expectedEn };

    /// <summary>A string literal with no closing quote.</summary>
    public static Issue UnterminatedString(int position) => Error(
        "filter.unterminated-string",
        position,
        "The string starting here has no closing quote.",
        "La chaîne qui commence ici n'a pas de guillemet fermant.") with
    {
        HintEn = "Close strings with ' and double a quote inside a string: 'O''Neil'.",
        HintFr = "Fermez les chaînes par ' et doublez une apostrophe à l'intérieur : 'O''Neil'.",
    };

    /// <summary>A literal that looks like a number, date, duration or geometry but is not a valid one.</summary>
    public static Issue BadLiteral(int position, string text, string kindEn, string kindFr) => Error(
        "filter.bad-literal",
        position,
        $"'{text}' is not a valid {kindEn}.",
        $"« {text} » n'est pas un(e) {kindFr} valide.") with { Value = text, Expected = kindEn };

    /// <summary>A call of a function that is not in <see cref="FilterFunctions"/>.</summary>
    public static Issue UnknownFunction(int position, string name) => Error(
        "filter.unknown-function",
        position,
        $"'{name}' is not a known function.",
        $"« {name} » n'est pas une fonction connue.") with { Value = name };

    /// <summary>A function called with too few or too many arguments.</summary>
    public static Issue ArgumentCount(int position, string name, int minimum, int maximum, int actual)
    {
        var expected = minimum == maximum
            ? minimum.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{minimum}–{maximum}");
        return Error(
            "filter.argument-count",
            position,
            $"{name} takes {expected} argument(s), not {actual}.",
            $"{name} prend {expected} argument(s), pas {actual}.") with
        {
            Value = actual.ToString(CultureInfo.InvariantCulture),
            Expected = expected,
        };
    }

    /// <summary>Parentheses or calls nested deeper than the parser accepts.</summary>
    public static Issue TooDeep(int position, int maximum) => Error(
        "filter.too-deep",
        position,
        $"The expression is nested more than {maximum} levels deep.",
        $"L'expression est imbriquée sur plus de {maximum} niveaux.");

    /// <summary>An expression with more tokens than the parser accepts.</summary>
    public static Issue TooLong(int position, int maximum) => Error(
        "filter.too-long",
        position,
        $"The expression has more than {maximum} tokens.",
        $"L'expression compte plus de {maximum} éléments.");

    /// <summary>A property (or relation) the filtered entity does not have, or that cannot be filtered on.</summary>
    public static Issue UnknownProperty(int position, string path, string entity) => Error(
        "filter.unknown-property",
        position,
        $"{entity} has no property '{path}' that can be filtered on.",
        $"{entity} n'a pas de propriété « {path} » filtrable.") with { Value = path };

    /// <summary>An <c>$orderby</c> item that has no single value per row (a to-many navigation, a geometry).</summary>
    public static Issue Unsortable(int position, string expression) => Error(
        "filter.unsortable",
        position,
        $"Cannot order by '{expression}': it has no single comparable value per entity.",
        $"Impossible de trier par « {expression} » : il n'a pas une seule valeur comparable par entité.") with
    {
        Value = expression,
    };

    /// <summary>Operands or arguments whose types do not fit together.</summary>
    public static Issue TypeMismatch(int position, string expected, string actual) => Error(
        "filter.type-mismatch",
        position,
        $"Expected {expected}, found {actual}.",
        $"Type attendu : {expected} ; type trouvé : {actual}.") with { Value = actual, Expected = expected };

    private static Issue Error(string code, int position, string en, string fr) =>
        new(code, PointerAt(position), IssueSeverity.Error, IssueKind.Invalid, en, fr);
}
