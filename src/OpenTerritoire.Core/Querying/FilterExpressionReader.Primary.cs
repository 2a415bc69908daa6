namespace OpenTerritoire.Core.Querying;

/// <summary>Primary expressions: parenthesised groups, literals, function calls and property paths.</summary>
internal sealed partial class FilterExpressionReader
{
    private FilterExpression? ReadPrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FilterTokenKind.OpenParenthesis:
                index++;
                var inner = Nested(token, () => ReadBinary(0));
                return inner is null ? null : Expect(FilterTokenKind.CloseParenthesis, "')'", "« ) »") ? inner : null;
            case FilterTokenKind.String:
                index++;
                return new StringLiteral(token.Value, token.Position);
            case FilterTokenKind.Integer or FilterTokenKind.Decimal or FilterTokenKind.Double:
                index++;
                return Literal(FilterLiterals.FromNumber(token, false, token.Position));
            case FilterTokenKind.DateTime or FilterTokenKind.Date or FilterTokenKind.TimeOfDay:
                index++;
                return Literal(FilterLiterals.FromTemporal(token));
            case FilterTokenKind.TypedLiteral:
                index++;
                return Literal(FilterLiterals.FromTyped(token));
            case FilterTokenKind.Identifier when !FilterPrecedence.IsOperatorKeyword(token):
                return ReadNamed();
            default:
                return Fail(Unexpected("an operand", "un opérande"));
        }
    }

    private FilterExpression? ReadNamed()
    {
        var token = Current;
        var next = tokens[index + 1].Kind;
        if (next == FilterTokenKind.OpenParenthesis)
        {
            return ReadCall();
        }

        if (next != FilterTokenKind.Slash)
        {
            FilterExpression? keyword = token.Text.ToLowerInvariant() switch
            {
                "true" => new BooleanLiteral(true, token.Position),
                "false" => new BooleanLiteral(false, token.Position),
                "null" => new NullLiteral(token.Position),
                _ => null,
            };
            if (keyword is not null)
            {
                index++;
                return keyword;
            }
        }

        var segments = new List<string> { token.Text };
        index++;
        while (Current.Kind == FilterTokenKind.Slash)
        {
            index++;
            // A number segment indexes a JSON array (properties/bins/0); a keyword cannot be a name.
            var name = Current.Kind == FilterTokenKind.Integer
                || (Current.Kind == FilterTokenKind.Identifier && !FilterPrecedence.IsOperatorKeyword(Current));
            if (!name)
            {
                return Fail(Unexpected("a property name", "un nom de propriété"));
            }

            segments.Add(Current.Text);
            index++;
        }

        return new PropertyPathExpression(new PropertyPath(segments), token.Position);
    }

    private FilterExpression? ReadCall()
    {
        var name = Current;
        if (!FilterFunctions.TryFind(name.Text, out var signature))
        {
            return Fail(FilterIssues.UnknownFunction(name.Position, name.Text));
        }

        index += 2;
        var arguments = Nested(name, ReadArguments);
        if (arguments is null)
        {
            return null;
        }

        if (arguments.Count < signature.MinimumArguments || arguments.Count > signature.MaximumArguments)
        {
            return Fail(FilterIssues.ArgumentCount(
                name.Position,
                signature.Name,
                signature.MinimumArguments,
                signature.MaximumArguments,
                arguments.Count));
        }

        return new FunctionCallExpression(signature.Function, arguments, name.Position);
    }

    // The arguments up to and including the closing parenthesis; null after a failure.
    private List<FilterExpression>? ReadArguments()
    {
        var arguments = new List<FilterExpression>();
        if (Current.Kind == FilterTokenKind.CloseParenthesis)
        {
            index++;
            return arguments;
        }

        while (true)
        {
            var argument = ReadBinary(0);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            if (Current.Kind == FilterTokenKind.Comma)
            {
                index++;
                continue;
            }

            return Expect(FilterTokenKind.CloseParenthesis, "',' or ')'", "« , » ou « ) »") ? arguments : null;
        }
    }

    private bool Expect(FilterTokenKind kind, string expectedEn, string expectedFr)
    {
        if (Current.Kind == kind)
        {
            index++;
            return true;
        }

        Fail(Unexpected(expectedEn, expectedFr));
        return false;
    }
}
