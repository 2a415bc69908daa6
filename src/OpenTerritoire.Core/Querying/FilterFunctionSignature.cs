namespace OpenTerritoire.Core.Querying;

/// <summary>A function's name as written in <c>$filter</c> and how many arguments it takes.</summary>
public sealed record FilterFunctionSignature(
    FilterFunction Function, string Name, int MinimumArguments, int MaximumArguments);
