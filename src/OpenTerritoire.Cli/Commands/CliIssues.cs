using OpenTerritoire.Core;

namespace OpenTerritoire.Cli.Commands;

/// <summary>Prints issues for the operator, one a line: code, pointer, English message.</summary>
internal static class CliIssues
{
    /// <summary>Exit code when the input was refused (the issues say why).</summary>
    public const int Refused = 1;

    public static async Task<int> PrintAsync(IEnumerable<Issue> issues, TextWriter output)
    {
        foreach (var issue in issues)
        {
            await output.WriteLineAsync($"{issue.Code} {issue.Pointer}: {issue.MessageEn}");
        }

        return Refused;
    }
}
