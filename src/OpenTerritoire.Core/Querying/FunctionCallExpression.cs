namespace OpenTerritoire.Core.Querying;

/// <summary>A call of one of the <c>$filter</c> functions, with its arguments (arity already checked).</summary>
public sealed record FunctionCallExpression(
    FilterFunction Function, IReadOnlyList<FilterExpression> Arguments, int Position)
    : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitFunctionCall(this);

    public bool Equals(FunctionCallExpression? other) =>
        other is not null && Function == other.Function && Position == other.Position
        && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Position, Arguments.Count);
}
