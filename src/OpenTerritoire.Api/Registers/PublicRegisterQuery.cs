using System.Globalization;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>Reads the filters of the public registers: <c>theme</c>, <c>personalData</c>, <c>status</c>, <c>tenant</c>, <c>bbox</c>.</summary>
public static class PublicRegisterQuery
{
    public static Result<PublicRegisterFilter> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var issues = new List<Issue>();
        bool? personal = null;
        var personalText = Value(query, "personalData");
        if (personalText is not null)
        {
            if (bool.TryParse(personalText, out var parsed))
            {
                personal = parsed;
            }
            else
            {
                issues.Add(RegisterIssues.BadFilter("personalData", personalText, "true or false"));
            }
        }

        double[]? box = null;
        var boxText = Value(query, "bbox");
        if (boxText is not null)
        {
            var parts = boxText.Split(',');
            var numbers = parts.Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN).ToArray();
            if (numbers.Length == 4 && !numbers.Any(double.IsNaN) && numbers[0] <= numbers[2] && numbers[1] <= numbers[3])
            {
                box = numbers;
            }
            else
            {
                issues.Add(RegisterIssues.BadFilter("bbox", boxText, "west,south,east,north in WGS 84 degrees"));
            }
        }

        return issues.Count > 0
            ? Result.Failure<PublicRegisterFilter>(issues)
            : Result.Success(new PublicRegisterFilter(Value(query, "theme"), personal, Value(query, "status"), Value(query, "tenant"), box));
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString() : null;
}
