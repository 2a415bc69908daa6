namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Binary operator precedence, lowest first, as in OData 4.0 URL conventions §5.1.1.10: or, and, equality,
/// relational, additive, multiplicative; then unary (<c>not</c>, <c>-</c>) and primary. All binary operators are
/// left-associative. Shared by the parser and the printer so both agree on where parentheses are needed.
/// </summary>
internal static class FilterPrecedence
{
    public const int Unary = 6;
    public const int Primary = 7;

    private static readonly Dictionary<string, (int Level, BinaryFactory Build)> Operators =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["or"] = (0, (l, r, p) => new LogicalExpression(LogicalOperator.Or, l, r, p)),
            ["and"] = (1, (l, r, p) => new LogicalExpression(LogicalOperator.And, l, r, p)),
            ["eq"] = (2, (l, r, p) => new ComparisonExpression(ComparisonOperator.Equal, l, r, p)),
            ["ne"] = (2, (l, r, p) => new ComparisonExpression(ComparisonOperator.NotEqual, l, r, p)),
            ["gt"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.GreaterThan, l, r, p)),
            ["ge"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.GreaterThanOrEqual, l, r, p)),
            ["lt"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.LessThan, l, r, p)),
            ["le"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.LessThanOrEqual, l, r, p)),
            ["add"] = (4, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Add, l, r, p)),
            ["sub"] = (4, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Subtract, l, r, p)),
            ["mul"] = (5, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Multiply, l, r, p)),
            ["div"] = (5, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Divide, l, r, p)),
            ["mod"] = (5, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Modulo, l, r, p)),
        };

    /// <summary>The number of binary levels; level <see cref="BinaryLevels"/> is unary.</summary>
    public const int BinaryLevels = 6;

    /// <summary>Builds the node of a binary operator from its operands and its position.</summary>
    public delegate FilterExpression BinaryFactory(FilterExpression left, FilterExpression right, int position);

    /// <summary>True when the token is a binary operator of exactly this level.</summary>
    public static bool TryMatch(FilterToken token, int level, out BinaryFactory build)
    {
        build = null!;
        if (token.Kind != FilterTokenKind.Identifier
            || !Operators.TryGetValue(token.Text, out var entry)
            || entry.Level != level)
        {
            return false;
        }

        build = entry.Build;
        return true;
    }

    /// <summary>True for a word reserved as an operator (it cannot name a property).</summary>
    public static bool IsOperatorKeyword(FilterToken token) =>
        token.Kind == FilterTokenKind.Identifier && (Operators.ContainsKey(token.Text) || token.IsKeyword("not"));

    /// <summary>How tightly a node binds, on the same scale as the parser's levels.</summary>
    public static int Of(FilterExpression node) => node switch
    {
        LogicalExpression { Operator: LogicalOperator.Or } => 0,
        LogicalExpression => 1,
        ComparisonExpression { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } => 2,
        ComparisonExpression => 3,
        ArithmeticExpression { Operator: ArithmeticOperator.Add or ArithmeticOperator.Subtract } => 4,
        ArithmeticExpression => 5,
        NotExpression or NegateExpression => Unary,
        _ => Primary,
    };

    /// <summary>The keyword of an operator.</summary>
    public static string Keyword(LogicalOperator op) => op == LogicalOperator.And ? "and" : "or";

    public static string Keyword(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.NotEqual => "ne",
        ComparisonOperator.GreaterThan => "gt",
        ComparisonOperator.GreaterThanOrEqual => "ge",
        ComparisonOperator.LessThan => "lt",
        _ => "le",
    };

    public static string Keyword(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "add",
        ArithmeticOperator.Subtract => "sub",
        ArithmeticOperator.Multiply => "mul",
        ArithmeticOperator.Divide => "div",
        _ => "mod",
    };
}
