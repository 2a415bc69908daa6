using System.CommandLine;
using OpenTerritoire.Cli.Commands;

namespace OpenTerritoire.Cli;

/// <summary>The <c>openterritoire</c> command: one sub-command per concern.</summary>
public static class CliApplication
{
    /// <summary>Exit code for a usage error (unknown command, bad option).</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("OpenTerritoire: the open data and interoperability hub of a territory.");
        root.Subcommands.Add(DatabaseCommand.Create(output));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(TenantsCommand.Create(output));
        root.Subcommands.Add(TokensCommand.Create(output));
        root.Subcommands.Add(FeedsCommand.Create(output));
        root.Subcommands.Add(CodecsCommand.Create(output));
        root.Subcommands.Add(IngestCommand.Create(output));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
