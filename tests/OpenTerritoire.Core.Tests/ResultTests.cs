namespace OpenTerritoire.Core.Tests;

public sealed class ResultTests
{
    private static readonly Issue Error = new("test.error", "/a", IssueSeverity.Error, IssueKind.Invalid, "bad", "mauvais");
    private static readonly Issue Warning = new("test.warning", "/b", IssueSeverity.Warning, IssueKind.Invalid, "meh", "bof");

    [Fact]
    public void Value_Failure_Throws()
    {
        var result = Result.Failure<int>(Error);

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Failure_OnlyWarnings_Throws()
    {
        Assert.Throws<ArgumentException>(() => Result.Failure<int>(Warning));
    }

    [Fact]
    public void Bind_SuccessWithWarnings_KeepsWarningsOfBothSteps()
    {
        var result = Result.Success(2, [Warning]).Bind(value => Result.Success(value * 3, [Warning with { Pointer = "/c" }]));

        Assert.Equal(6, result.Value);
        Assert.Equal(["/b", "/c"], result.Issues.Select(issue => issue.Pointer));
    }

    [Fact]
    public void Bind_Failure_SkipsNextStep()
    {
        var called = false;

        var result = Result.Failure<int>(Error).Bind(value => { called = true; return Result.Success(value); });

        Assert.False(result.IsSuccess);
        Assert.False(called);
    }

    [Fact]
    public void Map_Success_TransformsValue()
    {
        Assert.Equal("4", Result.Success(4).Map(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
    }

    [Fact]
    public void Message_French_ReturnsFrenchText()
    {
        Assert.Equal(("mauvais", "bad"), (Error.Message("fr-FR"), Error.Message("en")));
    }
}
