using System.Reflection;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Tests;

public sealed class IssueCatalogueTests
{
    public static TheoryData<Type, string> Catalogues => new()
    {
        { typeof(EnvelopeIssues), "envelope." },
        { typeof(CodecIssues), "codec." },
    };

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Factories_EachBuildOneDeclaredCodeWithBothTexts(Type catalogue, string prefix)
    {
        var declared = catalogue.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        var issues = catalogue.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.ReturnType == typeof(Issue))
            .Select(method => (Issue)method.Invoke(null, method.GetParameters().Select(Sample).ToArray())!)
            .ToList();

        Assert.Equal(
            declared.Order(StringComparer.Ordinal),
            issues.Select(issue => issue.Code).Order(StringComparer.Ordinal));
        Assert.All(issues, issue =>
        {
            Assert.StartsWith(prefix, issue.Code, StringComparison.Ordinal);
            Assert.Matches("^[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*$", issue.Code);
            Assert.False(string.IsNullOrWhiteSpace(issue.MessageEn));
            Assert.False(string.IsNullOrWhiteSpace(issue.MessageFr));
            Assert.NotEqual(issue.MessageEn, issue.MessageFr);
        });
    }

    private static object Sample(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var type when type == typeof(string) => "x",
        var type when type == typeof(int) => 3,
        var type when type == typeof(long) => 3L,
        var type when type == typeof(TimeSpan) => TimeSpan.FromMilliseconds(100),
        var type => throw new NotSupportedException(type.Name),
    };
}
