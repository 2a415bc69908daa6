namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Recursive-descent parser over the tokens of one expression (or one <c>$orderby</c> list). Each read method
/// returns null after recording the first issue, so bad input never throws.
/// </summary>
internal sealed partial class FilterExpressionReader
{
    /// <summary>How deep parentheses, calls and unary operators may nest.</summary>
    public const int MaximumDepth = 64;

    /// <summary>
    /// How many tokens one expression may have (bounds the tree's height for the recursive visitors).
    /// </summary>
    public const int MaximumTokens = 2000;

    private readonly IReadOnlyList<FilterToken> tokens;
    private int index;
    private int depth;
    private Issue? failure;

    private FilterExpressionReader(IReadOnlyList<FilterToken> tokens)
    {
        this.tokens = tokens;
    }

    private FilterToken Current => tokens[index];

    /// <summary>Parses a whole expression; positions are offset by <paramref name="offset"/>.</summary>
    public static Result<FilterExpression> ReadExpression(string text, int offset)
    {
        var tokenized = Tokenize(text, offset);
        if (!tokenized.IsSuccess)
        {
            return Result.Failure<FilterExpression>(tokenized.Issues);
        }

        var reader = new FilterExpressionReader(tokenized.Value);
        var expression = reader.ReadBinary(0);
        if (expression is not null && reader.Current.Kind != FilterTokenKind.End)
        {
            reader.Fail(reader.Unexpected("an operator or the end", "un opérateur ou la fin"));
        }

        if (reader.failure is { } issue)
        {
            return Result.Failure<FilterExpression>(issue);
        }

        // Every read method records an issue before it returns null.
        return Result.Success(expression ?? throw new InvalidOperationException("No expression and no issue."));
    }

    /// <summary>Parses <c>expression [asc|desc] (, expression [asc|desc])*</c>.</summary>
    public static Result<IReadOnlyList<OrderByItem>> ReadOrderBy(string text, int offset)
    {
        var tokenized = Tokenize(text, offset);
        if (!tokenized.IsSuccess)
        {
            return Result.Failure<IReadOnlyList<OrderByItem>>(tokenized.Issues);
        }

        var reader = new FilterExpressionReader(tokenized.Value);
        var items = new List<OrderByItem>();
        while (reader.failure is null)
        {
            var expression = reader.ReadBinary(0);
            if (expression is null)
            {
                break;
            }

            var direction = SortDirection.Ascending;
            if (reader.Current.IsKeyword("asc") || reader.Current.IsKeyword("desc"))
            {
                direction = reader.Current.IsKeyword("desc") ? SortDirection.Descending : SortDirection.Ascending;
                reader.index++;
            }

            items.Add(new OrderByItem(expression, direction));
            if (reader.Current.Kind == FilterTokenKind.End)
            {
                break;
            }

            if (reader.Current.Kind != FilterTokenKind.Comma)
            {
                reader.Fail(reader.Unexpected("',', asc, desc or the end", "« , », asc, desc ou la fin"));
                break;
            }

            reader.index++;
        }

        return reader.failure is null
            ? Result.Success<IReadOnlyList<OrderByItem>>(items)
            : Result.Failure<IReadOnlyList<OrderByItem>>(reader.failure);
    }

    private static Result<IReadOnlyList<FilterToken>> Tokenize(string text, int offset)
    {
        var tokenized = FilterLexer.Tokenize(text, offset);
        if (tokenized.IsSuccess && tokenized.Value.Count > MaximumTokens)
        {
            return Result.Failure<IReadOnlyList<FilterToken>>(
                FilterIssues.TooLong(tokenized.Value[MaximumTokens].Position, MaximumTokens));
        }

        return tokenized;
    }

    private FilterExpression? ReadBinary(int level)
    {
        if (level == FilterPrecedence.Not)
        {
            return ReadNot();
        }

        if (level == FilterPrecedence.Unary)
        {
            return ReadUnary();
        }

        var left = ReadBinary(level + 1);
        while (left is not null && FilterPrecedence.TryMatch(Current, level, out var build))
        {
            var position = Current.Position;
            index++;
            var right = ReadBinary(level + 1);
            if (right is null)
            {
                return null;
            }

            left = build(left, right, position);
        }

        return left;
    }

    private FilterExpression? ReadNot()
    {
        var token = Current;
        if (!token.IsKeyword("not"))
        {
            return ReadBinary(FilterPrecedence.Not + 1);
        }

        index++;
        var operand = Nested(token, ReadNot);
        return operand is null ? null : new NotExpression(operand, token.Position);
    }

    private FilterExpression? ReadUnary()
    {
        var token = Current;
        if (token.Kind == FilterTokenKind.Minus)
        {
            var next = tokens[index + 1];
            var isNumber = next.Kind is FilterTokenKind.Integer or FilterTokenKind.Decimal or FilterTokenKind.Double;
            if (isNumber && next.Position == token.Position + 1)
            {
                // A sign glued to a number is part of the literal: -5 is a literal, - x is a negation.
                index += 2;
                return Literal(FilterLiterals.FromNumber(next, true, token.Position));
            }

            index++;
            var operand = Nested(token, ReadUnary);
            return operand is null ? null : new NegateExpression(operand, token.Position);
        }

        return ReadPrimary();
    }

    private T? Nested<T>(FilterToken token, Func<T?> read)
        where T : class
    {
        if (++depth > MaximumDepth)
        {
            Fail(FilterIssues.TooDeep(token.Position, MaximumDepth));
            return null;
        }

        var result = read();
        depth--;
        return result;
    }

    private FilterExpression? Literal(Result<FilterExpression> literal) =>
        literal.IsSuccess ? literal.Value : Fail(literal.Issues[0]);

    private FilterExpression? Fail(Issue issue)
    {
        failure ??= issue;
        return null;
    }

    private Issue Unexpected(string expectedEn, string expectedFr) => Current.Kind == FilterTokenKind.End
        ? FilterIssues.UnexpectedEnd(Current.Position, expectedEn, expectedFr)
        : FilterIssues.UnexpectedToken(Current.Position, Current.Display, expectedEn, expectedFr);
}
