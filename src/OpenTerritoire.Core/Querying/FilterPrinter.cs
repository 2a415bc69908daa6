using System.Globalization;

namespace OpenTerritoire.Core.Querying;

/// <summary>Prints an expression back as canonical OData, with only the parentheses its structure needs.</summary>
internal sealed class FilterPrinter : IFilterVisitor<string>
{
    private static readonly FilterPrinter Instance = new();

    public static string Print(FilterExpression node) => node.Accept(Instance);

    public string VisitLogical(LogicalExpression node) =>
        Binary(node, node.Left, FilterPrecedence.Keyword(node.Operator), node.Right);

    public string VisitComparison(ComparisonExpression node) =>
        Binary(node, node.Left, FilterPrecedence.Keyword(node.Operator), node.Right);

    public string VisitArithmetic(ArithmeticExpression node) =>
        Binary(node, node.Left, FilterPrecedence.Keyword(node.Operator), node.Right);

    public string VisitNot(NotExpression node) => "not " + Operand(node.Operand, FilterPrecedence.Not);

    public string VisitNegate(NegateExpression node) => "-" + Operand(node.Operand, FilterPrecedence.Unary);

    public string VisitFunctionCall(FunctionCallExpression node) =>
        FilterFunctions.Get(node.Function).Name + "(" + string.Join(", ", node.Arguments.Select(Print)) + ")";

    public string VisitPropertyPath(PropertyPathExpression node) => node.Path.ToString();

    public string VisitString(StringLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitInteger(IntegerLiteral node) => node.Value.ToString(CultureInfo.InvariantCulture);

    public string VisitDecimal(DecimalLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitDouble(DoubleLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    public string VisitNull(NullLiteral node) => "null";

    public string VisitDateTime(DateTimeLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitDate(DateLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitTimeOfDay(TimeOfDayLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitDuration(DurationLiteral node) => FilterLiterals.Print(node.Value);

    public string VisitSpatial(SpatialLiteral node) => FilterLiterals.Print(node);

    // Left-associative: a left operand of the same level needs no parentheses, a right one does.
    private static string Binary(FilterExpression node, FilterExpression left, string keyword, FilterExpression right)
    {
        var level = FilterPrecedence.Of(node);
        return Operand(left, level) + " " + keyword + " " + Operand(right, level + 1);
    }

    private static string Operand(FilterExpression operand, int minimumLevel)
    {
        var text = Print(operand);
        return FilterPrecedence.Of(operand) < minimumLevel ? "(" + text + ")" : text;
    }
}
