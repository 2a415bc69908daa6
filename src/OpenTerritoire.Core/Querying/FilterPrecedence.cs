namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Operator precedence, lowest first: or, and, not, equality (eq ne), relational (gt ge lt le), additive,
/// multiplicative, unary minus, primary. Binary operators are left-associative. <c>not</c> takes the comparison after
/// it (<c>not a eq b</c> is <c>not (a eq b)</c>), as the OData 4.0 ABNF (<c>notExpr = "not" RWS boolCommonExpr</c>)
/// and FROST's STA grammar (<c>NegationExpression</c>) read it, rather than the tighter unary row of the OData
/// precedence table. Shared by the parser and the printer so both agree on where parentheses are needed.
/// </summary>
internal static class FilterPrecedence
{
    public const int Not = 2;
    public const int Unary = 7;
    public const int Primary = 8;

    private static readonly Dictionary<string, (int Level, BinaryFactory Build)> Operators =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["or"] = (0, (l, r, p) => new LogicalExpression(LogicalOperator.Or, l, r, p)),
            ["and"] = (1, (l, r, p) => new LogicalExpression(LogicalOperator.And, l, r, p)),
            ["eq"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.Equal, l, r, p)),
            ["ne"] = (3, (l, r, p) => new ComparisonExpression(ComparisonOperator.NotEqual, l, r, p)),
            ["gt"] = (4, (l, r, p) => new ComparisonExpression(ComparisonOperator.GreaterThan, l, r, p)),
            ["ge"] = (4, (l, r, p) => new ComparisonExpression(ComparisonOperator.GreaterThanOrEqual, l, r, p)),
            ["lt"] = (4, (l, r, p) => new ComparisonExpression(ComparisonOperator.LessThan, l, r, p)),
            ["le"] = (4, (l, r, p) => new ComparisonExpression(ComparisonOperator.LessThanOrEqual, l, r, p)),
            ["add"] = (5, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Add, l, r, p)),
            ["sub"] = (5, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Subtract, l, r, p)),
            ["mul"] = (6, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Multiply, l, r, p)),
            ["div"] = (6, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Divide, l, r, p)),
            ["mod"] = (6, (l, r, p) => new ArithmeticExpression(ArithmeticOperator.Modulo, l, r, p)),
        };

    /// <summary>Builds the node of a binary operator from its operands and its position.</summary>
    public delegate FilterExpression BinaryFactory(FilterExpression left, FilterExpression right, int position);

    /// <summary>True when the token is a binary operator of exactly this level.</summary>
    public static bool TryMatch(FilterToken token, int level, out BinaryFactory build)
    {
        // Only read when true is returned.
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
        NotExpression => Not,
        ComparisonExpression { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } => 3,
        ComparisonExpression => 4,
        ArithmeticExpression { Operator: ArithmeticOperator.Add or ArithmeticOperator.Subtract } => 5,
        ArithmeticExpression => 6,
        NegateExpression => Unary,
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
