using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Tests;

/// <summary>A result spelled out for assertion messages: every issue's code, pointer and English text.</summary>
internal static class ResultText
{
    public static string Describe<T>(Result<T> result) => result.IsSuccess
        ? "success"
        : string.Join(" | ", result.Issues.Select(issue => $"{issue.Code} at {issue.Pointer}: {issue.MessageEn}"));
}
