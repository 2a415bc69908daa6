using System.Globalization;
using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

/// <summary>Prints a tree fully parenthesised in prefix form, to assert its shape independently of the printer.</summary>
internal sealed class StructurePrinter : IFilterVisitor<string>
{
    public string VisitLogical(LogicalExpression node) =>
        Call(node.Operator == LogicalOperator.And ? "and" : "or", node.Left, node.Right);

    public string VisitNot(NotExpression node) => Call("not", node.Operand);

    public string VisitComparison(ComparisonExpression node) => Call(node.Operator switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.NotEqual => "ne",
        ComparisonOperator.GreaterThan => "gt",
        ComparisonOperator.GreaterThanOrEqual => "ge",
        ComparisonOperator.LessThan => "lt",
        _ => "le",
    }, node.Left, node.Right);

    public string VisitArithmetic(ArithmeticExpression node) => Call(node.Operator switch
    {
        ArithmeticOperator.Add => "add",
        ArithmeticOperator.Subtract => "sub",
        ArithmeticOperator.Multiply => "mul",
        ArithmeticOperator.Divide => "div",
        _ => "mod",
    }, node.Left, node.Right);

    public string VisitNegate(NegateExpression node) => Call("neg", node.Operand);

    public string VisitFunctionCall(FunctionCallExpression node) =>
        Call(node.Function.ToString(), [.. node.Arguments]);

    public string VisitPropertyPath(PropertyPathExpression node) => node.Path.ToString();

    public string VisitString(StringLiteral node) => "'" + node.Value + "'";

    public string VisitInteger(IntegerLiteral node) => node.Value.ToString(CultureInfo.InvariantCulture);

    public string VisitDecimal(DecimalLiteral node) => node.Value.ToString(CultureInfo.InvariantCulture);

    public string VisitDouble(DoubleLiteral node) => node.Value.ToString(CultureInfo.InvariantCulture);

    public string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    public string VisitNull(NullLiteral node) => "null";

    public string VisitDateTime(DateTimeLiteral node) => node.Value.ToString("O", CultureInfo.InvariantCulture);

    public string VisitDate(DateLiteral node) => node.Value.ToString("O", CultureInfo.InvariantCulture);

    public string VisitTimeOfDay(TimeOfDayLiteral node) => node.Value.ToString("O", CultureInfo.InvariantCulture);

    public string VisitDuration(DurationLiteral node) => node.Value.ToString("c", CultureInfo.InvariantCulture);

    public string VisitSpatial(SpatialLiteral node) => node.Kind + ":" + node.WellKnownText;

    private string Call(string name, params FilterExpression[] operands) =>
        name + "(" + string.Join(", ", operands.Select(operand => operand.Accept(this))) + ")";
}
