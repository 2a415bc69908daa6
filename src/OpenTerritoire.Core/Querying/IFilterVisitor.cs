namespace OpenTerritoire.Core.Querying;

/// <summary>Walks a <see cref="FilterExpression"/> tree; one method per node type.</summary>
public interface IFilterVisitor<out T>
{
    T VisitLogical(LogicalExpression node);

    T VisitNot(NotExpression node);

    T VisitComparison(ComparisonExpression node);

    T VisitArithmetic(ArithmeticExpression node);

    T VisitNegate(NegateExpression node);

    T VisitFunctionCall(FunctionCallExpression node);

    T VisitPropertyPath(PropertyPathExpression node);

    T VisitString(StringLiteral node);

    T VisitInteger(IntegerLiteral node);

    T VisitDecimal(DecimalLiteral node);

    T VisitDouble(DoubleLiteral node);

    T VisitBoolean(BooleanLiteral node);

    T VisitNull(NullLiteral node);

    T VisitDateTime(DateTimeLiteral node);

    T VisitDate(DateLiteral node);

    T VisitTimeOfDay(TimeOfDayLiteral node);

    T VisitDuration(DurationLiteral node);

    T VisitSpatial(SpatialLiteral node);
}
